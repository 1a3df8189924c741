/**
 * near: "near X", "outside X", "on the outskirts of X", "N km from X", "north of X", "on the
 * road to X". The subject is the other place of the sentence: the closest located place
 * before the phrase, else the first after it.
 */
import type { ArticleTokens } from '../../text/tokenize.ts';
import type { Mention } from '../../types.ts';
import type { ClaimDraft } from '../claim-draft.ts';
import type { SentenceScope } from './sentence-scope.ts';

/** How far before its anchor a near-phrase may start. */
const NEAR_REACH = 60;

const COMPASS: Record<string, number> = {
  north: 0,
  northeast: 45,
  'north-east': 45,
  east: 90,
  southeast: 135,
  'south-east': 135,
  south: 180,
  southwest: 225,
  'south-west': 225,
  west: 270,
  northwest: 315,
  'north-west': 315,
};

export function nearPhrase({ text, tokens, sentence, ms, places, add }: SentenceScope): void {
  for (const anchor of ms) {
    if (!(anchor.kind === 'place' || anchor.kind === 'actor') || !anchor.place) continue;
    const near = parseNearAt(
      tokens,
      Math.max(sentence.start, anchor.start - NEAR_REACH),
      anchor.start,
    );
    if (!near) continue;
    const subject = nearestSubject(
      places.filter((p) => !isOfficialPhrase(p, text)),
      anchor,
      text,
    );
    if (!subject || subject.place?.id === anchor.place.id) continue;
    add(
      sentence.index,
      subject,
      'near',
      {
        text: near.phrase + anchor.text,
        regionId: null,
        name: anchor.place.name,
        lat: anchor.place.lat,
        lon: anchor.place.lon,
      },
      'direct',
      near.spec,
      anchor.id,
    );
  }
}

interface NearParse {
  phrase: string;
  spec: NonNullable<ClaimDraft['near']>;
}

/** The last word before a near-phrase's place: a cheap test before the full patterns. */
const NEAR_LAST_WORDS = new Set(['near', 'outside', 'of', 'from', 'to', 'by']);

const NEAR_KM =
  /(\b(?:about|some|around|roughly|approximately|nearly|just)?\s*(\d+(?:[.,]\d+)?)\s*(?:km|kilometres|kilometers|-kilometre|-kilometer)\s+(?:\(\d+\s*miles?\)\s+)?(north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)?\s*(?:of|from)\s+(?:the\s+(?:city|town|village)\s+of\s+)?)$/i;
const NEAR_COMPASS =
  /(\b(north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+of\s+(?:the\s+(?:city|town|village)\s+of\s+)?)$/i;
const NEAR_ROAD =
  /(\bon\s+the\s+(?:road|highway|way|route|approach(?:es)?)\s+to\s+(?:the\s+(?:city|town)\s+of\s+)?)$/i;
const NEAR_PHRASE =
  /(\b(?:near|outside|close\s+to|next\s+to|just\s+outside|on\s+the\s+(?:outskirts|edge|fringes)\s+of|in\s+the\s+vicinity\s+of|not\s+far\s+from|(?:a\s+)?suburb\s+of|in\s+the\s+suburbs\s+of|on\s+the\s+approaches\s+to)\s+(?:the\s+(?:city|town|village)\s+of\s+)?)$/i;

/**
 * The near-phrase ending at `to` (searched from `from`), slicing the text only when the last word can end a near-phrase.
 * Each pattern ends in a fixed word and whitespace, so that last word (of the final 12
 * characters, as /(\w+)\s*$/ finds it) tells which patterns can match at all: "of" all four,
 * "from" distances and "not far from", "to" roads and "close to"; "near" and "outside" only
 * the last. They are tried in the same order as ever, so the first match is the same.
 */
function parseNearAt(tokens: ArticleTokens, from: number, to: number): NearParse | null {
  const text = tokens.text;
  const lastWord = lastShortWord(tokens, Math.max(from, to - 12), to);
  if (!lastWord || !NEAR_LAST_WORDS.has(lastWord)) return null;
  const before = text.slice(from, to);
  let m = lastWord === 'of' || lastWord === 'from' ? NEAR_KM.exec(before) : null;
  if (m) {
    const km = Number(m[2].replace(',', '.'));
    const bearing = m[3] ? COMPASS[m[3].toLowerCase()] : undefined;
    return {
      phrase: m[1].trim() + ' ',
      spec: { kind: 'km', km, bearing, word: m[3]?.toLowerCase() },
    };
  }
  m = lastWord === 'of' ? NEAR_COMPASS.exec(before) : null;
  if (m) {
    const word = m[2].toLowerCase();
    return { phrase: m[1], spec: { kind: 'compass', bearing: COMPASS[word], word } };
  }
  m = lastWord === 'to' || lastWord === 'of' ? NEAR_ROAD.exec(before) : null;
  if (m) return { phrase: m[1], spec: { kind: 'road' } };
  m = lastWord !== 'by' ? NEAR_PHRASE.exec(before) : null;
  if (m) return { phrase: m[1], spec: { kind: 'near', word: m[1].trim().toLowerCase() } };
  return null;
}

/**
 * The word before `to` (white space between), lower-cased, when it starts at or after `from`,
 * is plain ASCII and is no longer than any near-phrase word; else undefined.
 */
function lastShortWord(tokens: ArticleTokens, from: number, to: number): string | undefined {
  const i = tokens.wordBefore(to, from);
  if (i < 0 || !tokens.plain(i) || tokens.end[i] - tokens.start[i] > 7) return undefined;
  return tokens.lower(i);
}

/** "Belgorod's governor", "the Kharkiv mayor": the place names an office, not a location. */
function isOfficialPhrase(m: Mention, text: string): boolean {
  return /^(?:['’]s)?\s+(?:regional\s+|city\s+|military\s+)?(?:governor|mayor|head|leader|administration|authorities|officials?|council|chief)\b/i.test(
    text.slice(m.end, m.end + 40),
  );
}

/** The place a near-phrase locates: the closest located place before it, else after it. */
function nearestSubject(places: Mention[], anchor: Mention, text: string): Mention | null {
  const before = places.filter((p) => p.end <= anchor.start && p !== anchor);
  if (before.length) {
    const b = before[before.length - 1];
    // Not across a sentence-internal break such as a semicolon.
    if (!/;/.test(text.slice(b.end, anchor.start))) return b;
  }
  const after = places.filter((p) => p.start >= anchor.end);
  return after[0] ?? null;
}
