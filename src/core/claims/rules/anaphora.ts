/**
 * in-region, indirect: "The city, once a bulwark ... in the Donetsk People's Republic" is
 * about the last place named before this sentence. Without a region in the sentence there is
 * nothing to assert, and the pattern is not run.
 */
import { assertedRegion, type ArticleState, type SentenceScope } from './sentence-scope.ts';

const ANAPHOR_START =
  /^\s*(?:["'“‘]\s*)?(?:the|this|that)\s+(?:city|town|village|settlement|hub|stronghold|place|community)\b|^\s*it\b/i;
const IN_BEFORE = /\b(?:in|within|inside)\s+(?:the\s+)?$/i;

export function anaphora(
  { text, sentence, places, regions, engine, add }: SentenceScope,
  state: ArticleState,
): void {
  const last = state.lastPlace;
  if (!last || places.length > 0 || regions.length === 0) return;
  if (!ANAPHOR_START.test(text.slice(sentence.start, sentence.end))) return;
  for (const r of regions) {
    if (r.cues?.includes('direction')) continue;
    const gapBefore = text.slice(Math.max(sentence.start, r.start - 30), r.start);
    if (IN_BEFORE.test(gapBefore))
      add(sentence.index, last, 'in-region', assertedRegion(r, engine), 'indirect');
  }
}
