import type { ArticleAnalysis, ArticleInput, Mention } from '../types.ts';
import type { Engine } from '../pipeline.ts';
import { haversineKm } from '../geo/haversine-km.ts';
import { severityOf } from '../verify/verify-claims.ts';
import { newClaim, toClaim } from './claim-draft.ts';

/** Places farther apart than this in the same slot of a near-duplicate sentence are flagged. */
export const SUBSTITUTION_KM = 50;
/** Shingles shared by more sentences than this are boilerplate, not evidence of copying. */
const MAX_SHINGLE_POSTINGS = 50;
const MIN_SHARED_SHINGLES = 2;
/** Two sentences this alike, with one place each, fill the same slot even when reordered. */
const SINGLE_SLOT_CONTAINMENT = 0.5;
/** Shared content words, and their share of the shorter sentence, for a near-duplicate. */
const MIN_SHARED_WORDS = 5;
const MIN_WORD_CONTAINMENT = 0.35;
/** Words around the slot (up to 3 each side) that must agree for the slot to align. */
const MIN_ALIGNED_CONTEXT = 3;
const SLOT = '\u0001';

const STOP = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'in',
  'and',
  'or',
  'is',
  'was',
  'be',
  'that',
  'this',
  'it',
  'its',
  's',
]);
// Descriptors that do not change what slot a place fills: "for the city of Kyiv" ~ "for Kyiv".
const DESCRIPTOR = /\b(?:the\s+)?(?:city|town|village|settlement)\s+of\s+$/i;

interface SentenceRef {
  article: number;
  sentence: number;
  tokens: string[];
  /** For each slot token index, the mention that fills it. */
  slots: Map<number, Mention>;
  shingles: Set<string>;
}

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Sentence tokens with each place/actor mention replaced by one slot token. */
function masked(
  text: string,
  start: number,
  end: number,
  ms: Mention[],
): { tokens: string[]; slots: Map<number, Mention> } {
  const tokens: string[] = [];
  const slots = new Map<number, Mention>();
  let cursor = start;
  for (const m of ms) {
    let pre = text.slice(cursor, m.start);
    pre = pre.replace(DESCRIPTOR, ' ');
    for (const w of words(pre)) if (!STOP.has(w)) tokens.push(w);
    slots.set(tokens.length, m);
    tokens.push(SLOT);
    cursor = m.end;
  }
  for (const w of words(text.slice(cursor, end))) if (!STOP.has(w)) tokens.push(w);
  return { tokens, slots };
}

/** Word bigrams without the slot: reworded sentences keep many of them. */
function shinglesOf(tokens: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i] === SLOT || tokens[i + 1] === SLOT) continue;
    out.add(`${tokens[i]} ${tokens[i + 1]}`);
  }
  return out;
}

/**
 * Finds sentences that reappear, reworded a little, in another article with a different
 * place in the same slot ("permitted commanders to withdraw troops from Покровsk" vs "granted
 * his commanders explicit authority to withdraw troops from Kyiv"). Candidate pairs come from
 * an inverted index of word bigrams (place names masked, bigrams in more than
 * MAX_SHINGLE_POSTINGS sentences ignored as boilerplate), so the cost grows with the number of
 * shared rare bigrams, not with the square of the corpus. A pair is a near-duplicate when its
 * content words overlap enough; a slot aligns when the words around it agree, or when each
 * sentence names a single place and they are very alike. Adds a linked `cross-article` claim to each
 * article; a substitution (places far apart, or a capital turned from actor into location) is
 * a mismatch.
 */
export function crossArticleClaims(
  inputs: ArticleInput[],
  analyses: ArticleAnalysis[],
  engine: Engine,
): void {
  const refs: SentenceRef[] = [];
  const index = new Map<string, number[]>();
  analyses.forEach((a, ai) => {
    const text = inputs[ai].text;
    const bySentence = new Map<number, Mention[]>();
    for (const m of a.mentions) {
      if (!((m.kind === 'place' || m.kind === 'actor') && m.place)) continue;
      const list = bySentence.get(m.sentence) ?? [];
      list.push(m);
      bySentence.set(m.sentence, list);
    }
    for (const [si, ms] of bySentence) {
      const s = a.sentences[si];
      const { tokens, slots } = masked(
        text,
        s.start,
        s.end,
        ms.sort((x, y) => x.start - y.start),
      );
      const shingles = shinglesOf(tokens);
      const r = refs.length;
      refs.push({ article: ai, sentence: si, tokens, slots, shingles });
      for (const sh of shingles) {
        const list = index.get(sh) ?? [];
        list.push(r);
        index.set(sh, list);
      }
    }
  });
  // Candidate pairs share at least MIN_SHARED_SHINGLES rare bigrams; then word overlap and
  // slot alignment are measured.
  const pairCounts = new Map<string, number>();
  for (const list of index.values()) {
    if (list.length < 2 || list.length > MAX_SHINGLE_POSTINGS) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        if (refs[list[x]].article === refs[list[y]].article) continue;
        const k = `${list[x]}:${list[y]}`;
        pairCounts.set(k, (pairCounts.get(k) ?? 0) + 1);
      }
    }
  }
  const pairs = new Map<string, [number, number]>();
  for (const [k, n] of pairCounts) {
    if (n < MIN_SHARED_SHINGLES) continue;
    const [x, y] = k.split(':').map(Number);
    pairs.set(k, [x, y]);
  }
  const claimCount = analyses.map((a) => a.claims.length);
  for (const [ra, rb] of [...pairs.values()].sort((p, q) => p[0] - q[0] || p[1] - q[1])) {
    const a = refs[ra];
    const b = refs[rb];
    const wa = new Set(a.tokens.filter((w) => w !== SLOT));
    const wb = new Set(b.tokens.filter((w) => w !== SLOT));
    let shared = 0;
    for (const w of wa) if (wb.has(w)) shared++;
    const containment = shared / Math.max(1, Math.min(wa.size, wb.size));
    if (shared < MIN_SHARED_WORDS || containment < MIN_WORD_CONTAINMENT) continue;
    const single =
      a.slots.size === 1 && b.slots.size === 1 && containment >= SINGLE_SLOT_CONTAINMENT;
    for (const [ia, ma] of a.slots) {
      for (const [ib, mb] of b.slots) {
        if (!single && alignedContext(a.tokens, ia, b.tokens, ib) < MIN_ALIGNED_CONTEXT) continue;
        const pa = ma.place!;
        const pb = mb.place!;
        const d = haversineKm(pa.lat, pa.lon, pb.lat, pb.lon);
        const roleChange = ma.kind !== mb.kind;
        const substituted = d > SUBSTITUTION_KM;
        const aa = analyses[a.article];
        const ab = analyses[b.article];
        const idA = `${aa.id}:c${claimCount[a.article]++}`;
        const idB = `${ab.id}:c${claimCount[b.article]++}`;
        const make = (
          self: Mention,
          selfArticle: ArticleAnalysis,
          other: Mention,
          otherArticle: ArticleAnalysis,
          id: string,
          otherId: string,
        ) => {
          const op = other.place!;
          const c = newClaim(
            id,
            self.sentence,
            self.id,
            'cross-article',
            {
              text: `${otherArticle.title || otherArticle.id}: "${sentenceText(inputs, analyses, otherArticle, other.sentence)}"`,
              regionId: null,
              name: op.name,
              lat: op.lat,
              lon: op.lon,
            },
            'indirect',
          );
          c.related = [otherId];
          c.distanceKm = Math.round(d);
          const selfRole = self.kind === 'actor' ? 'as an actor (its government)' : 'as a location';
          const otherRole =
            other.kind === 'actor' ? 'as an actor (its government)' : 'as a location';
          if (substituted) {
            c.verdict = 'mismatch';
            c.severity = severityOf(d, 'indirect', Math.min(self.confidence, other.confidence));
            c.explanation = `Almost the same sentence appears in "${otherArticle.title || otherArticle.id}" with ${op.name} in the place of ${self.place!.name}, about ${Math.round(d)} km away. One of the two articles has swapped the place.`;
          } else if (roleChange) {
            c.verdict = 'mismatch';
            c.severity = 'medium';
            c.explanation = `Almost the same sentence appears in "${otherArticle.title || otherArticle.id}", where ${op.name} is used ${otherRole}; here it is used ${selfRole}. The reworded sentence changes what is said to happen there.`;
          } else {
            c.verdict = 'consistent';
            c.severity = 'low';
            c.explanation = `Almost the same sentence appears in "${otherArticle.title || otherArticle.id}" with the same place (${op.name}).`;
          }
          void selfArticle;
          return toClaim(c);
        };
        aa.claims.push(make(ma, aa, mb, ab, idA, idB));
        ab.claims.push(make(mb, ab, ma, aa, idB, idA));
      }
    }
  }
  void engine;
}

/** How many of the three words before and the three after the slot agree, in order. */
function alignedContext(ta: string[], ia: number, tb: string[], ib: number): number {
  let n = 0;
  for (let k = 1; k <= 3; k++) {
    const x = ta[ia - k];
    if (x === undefined || x === SLOT || x !== tb[ib - k]) break;
    n++;
  }
  for (let k = 1; k <= 3; k++) {
    const x = ta[ia + k];
    if (x === undefined || x === SLOT || x !== tb[ib + k]) break;
    n++;
  }
  return n;
}

function sentenceText(
  inputs: ArticleInput[],
  analyses: ArticleAnalysis[],
  a: ArticleAnalysis,
  si: number,
): string {
  const input = inputs[analyses.indexOf(a)];
  const s = a.sentences[si];
  const t = input.text.slice(s.start, s.end);
  return t.length > 200 ? t.slice(0, 197) + '...' : t;
}
