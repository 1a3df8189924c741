import type { RawMention } from '../engine.ts';
import type { Lexicon } from '../recognize/lexicon.ts';

/**
 * The article's own first-level region, read from its ambiguous names: local news names the
 * towns around it, and the state that most of them have a namesake in is where the article is
 * ("Paris" with "Sulphur Springs" and "Mount Pleasant" is Paris, Texas; "Henry County" with
 * "McDonough" and "Stockbridge" is the Georgia one), as a reader of the local paper knows.
 *
 * Each distinct name casts one vote, split evenly over the admin-1 regions it has an exact or
 * alternate-name candidate in: a name found in one state only gives that state a whole vote;
 * "Springfield" (in thirty states) gives each a thirtieth. The region with the most votes
 * frames the article when it has at least DOMINANT_MIN_VOTES and DOMINANT_MARGIN times the
 * runner-up's.
 *
 * @returns the admin-1 key (`US.TX`), or null when no region stands out
 * @example dominantAdmin1(raw, lex) // 'US.TX' for "Paris ... Sulphur Springs ... Mount Pleasant"
 */
export function dominantAdmin1(raw: RawMention[], lex: Lexicon): string | null {
  const gz = lex.gazetteer;
  const votes = new Map<string, number>();
  const seenKeys = new Set<string>();
  const regions = new Set<string>();
  for (const m of raw) {
    if (m.kind !== 'place' || m.hits.length === 0 || seenKeys.has(m.key)) continue;
    seenKeys.add(m.key);
    regions.clear();
    for (const h of m.hits) {
      if (h.matchedBy === 'fuzzy') continue;
      const a1 = gz.admin1Key(h.place);
      if (a1) regions.add(a1);
    }
    if (regions.size === 0) continue;
    const share = 1 / regions.size;
    for (const a1 of regions) votes.set(a1, (votes.get(a1) ?? 0) + share);
  }
  let best: string | null = null;
  let first = 0;
  let second = 0;
  for (const [a1, v] of votes) {
    if (best === null || v > first || (v === first && a1 < best)) {
      second = first;
      first = v;
      best = a1;
    } else if (v > second) second = v;
  }
  if (best === null || first < DOMINANT_MIN_VOTES || first < DOMINANT_MARGIN * second) return null;
  return best;
}

/**
 * The least support (in whole names) for an article's own region, and how many times the
 * runner-up's votes it must have. Measured on LGL (dev, US local news): Acc@161 0.664 without
 * the mechanism; (2, 1.5) 0.669, (1, 1.5) 0.671, (1.5, 2) 0.672, (0.5, 1.5) 0.670; GeoVirus,
 * Bellingcat and CIR unchanged by every setting.
 */
export const DOMINANT_MIN_VOTES = 1.5;
export const DOMINANT_MARGIN = 2;

/**
 * The places that are an exact or alternate-name candidate of two or more different names of
 * the article: a county and the town that is its seat ("Walker County" and "Huntsville" are
 * both Huntsville, Texas, among their namesakes), a city under two names ("Artemivsk" and
 * "Bakhmut"). Two names agreeing on one place are evidence for it (resolve.ts).
 */
export function sharedCandidates(raw: RawMention[]): Set<number> {
  const out = new Set<number>();
  const keyOf = new Map<number, string>();
  for (const m of raw) {
    if (m.kind !== 'place') continue;
    for (const h of m.hits) {
      if (h.matchedBy === 'fuzzy') continue;
      const k = keyOf.get(h.place);
      if (k === undefined) keyOf.set(h.place, m.key);
      else if (k !== m.key) out.add(h.place);
    }
  }
  return out;
}
