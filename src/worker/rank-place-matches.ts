import type { MatchedBy } from '../core/types.ts';
import { foldKey } from '../core/text/fold-key.ts';
import type { PlaceMatch } from './protocol.ts';

const MATCH_RANK: Record<MatchedBy, number> = {
  exact: 0,
  alternate: 1,
  variant: 2,
  fuzzy: 3,
  'context-fallback': 4,
};

/**
 * Orders gazetteer search results for a person choosing a place: places whose own name is
 * what was typed first, then other exact and alternate names, then spelling variants and
 * close spellings; the largest place first within each. So "Siversk" lists Siversk, Donetsk
 * above Seversk, Tomsk Oblast (a variant, though ten times larger).
 *
 * @param query - what the user typed
 * @param matches - as findPlaces returns them (largest first)
 * @returns a new array
 */
export function rankPlaceMatches(query: string, matches: readonly PlaceMatch[]): PlaceMatch[] {
  const key = foldKey(query);
  const nameRank = (m: PlaceMatch) => (foldKey(m.place.name) === key ? 0 : 1);
  const byRank = (m: PlaceMatch) => MATCH_RANK[m.matchedBy];
  return matches
    .map((m, i) => ({ m, i }))
    .sort(
      (a, b) =>
        nameRank(a.m) - nameRank(b.m) ||
        byRank(a.m) - byRank(b.m) ||
        b.m.place.population - a.m.place.population ||
        a.i - b.i,
    )
    .map(({ m }) => m);
}
