/**
 * What every sentence rule of claim extraction reads (one sentence, its mentions sorted into
 * located places and named regions) and what it writes to (the article's claim sink).
 * extract-claims.ts makes one scope per sentence that has mentions and runs the rules on it
 * in a fixed order.
 */
import type { Mention, Sentence } from '../../types.ts';
import type { Engine } from '../../engine.ts';
import type { ClaimDraft, Directness } from '../claim-draft.ts';
import type { ArticleTokens } from '../../text/tokenize.ts';

/** Records one claim (deduplicated per subject, relation and region by the sink). */
export type AddClaim = (
  sentence: number,
  subject: Mention,
  relation: ClaimDraft['relation'],
  asserted: ClaimDraft['asserted'],
  directness: Directness,
  near?: ClaimDraft['near'],
  anchorMention?: string,
) => void;

export interface SentenceScope {
  text: string;
  /** The article's words (tokens.text is `text`). */
  tokens: ArticleTokens;
  sentence: Sentence;
  /** The sentence's mentions, in text order. */
  ms: Mention[];
  /** Those of them that are located places (see isLocated). */
  places: Mention[];
  /** Those that are regions or countries with a region id. */
  regions: Mention[];
  engine: Engine;
  add: AddClaim;
}

/** What rules carry from one sentence to the next. */
export interface ArticleState {
  /** The last located place of an earlier sentence (the antecedent of "the city"). */
  lastPlace: Mention | null;
  /** The latest "Y direction" and the sentence it was named in, while it is in scope. */
  direction: { mention: Mention; sentence: number } | null;
}

/** A place mention with a point or a fallback region. */
export function isLocated(m: Mention): boolean {
  return m.kind === 'place' && (m.place !== null || m.regionId !== null);
}

/** The asserted side of a claim whose container is region mention `r`. */
export function assertedRegion(r: Mention, engine: Engine): ClaimDraft['asserted'] {
  return {
    text: r.text,
    regionId: r.regionId,
    name: r.regionId ? (engine.regions.get(r.regionId)?.name ?? r.text) : r.text,
  };
}

/** Enumerations: "X, Y and Z", "X or Y", "X & Y". */
export const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*)$/i;

/** "Y's X" and "Y region's X", with an optional adjective or "town of". */
export const POSSESSIVE_GAP =
  /^['’]s\s+(?:(?:frontline|front-line|key|strategic|embattled|small|industrial|eastern|southern|northern|western)\s+)?(?:(?:town|city|village)\s+of\s+)?$/i;
