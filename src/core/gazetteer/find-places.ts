import type { MatchedBy } from '../types.ts';
import type { Gazetteer } from './gazetteer.ts';
import { foldKey } from '../text/fold-key.ts';
import { romanizationVariants } from '../text/romanization-variants.ts';

export interface FoundPlace {
  place: number;
  matchedBy: MatchedBy;
}

const KIND: MatchedBy[] = ['exact', 'alternate', 'variant'];

/**
 * Looks a name up as a reader wrote it: exact (name, alternate and former names, stored
 * variants), then Ukrainian/Russian romanisation variants of the query, then (optionally)
 * verified fuzzy matches. Largest places first. Used by the gazetteer search of the app and
 * by tests; recognition in running text has its own, context-aware path.
 *
 * @example findPlaces(gz, 'Kurilovka') // Kurylivka (two of them), matchedBy 'variant'
 */
export function findPlaces(gz: Gazetteer, surface: string, fuzzy = false): FoundPlace[] {
  const key = foldKey(surface);
  if (!key) return [];
  const best = new Map<number, MatchedBy>();
  const add = (place: number, by: MatchedBy) => {
    const prev = best.get(place);
    if (prev === undefined || rank(by) < rank(prev)) best.set(place, by);
  };
  for (const h of gz.lookup(key)) add(h.place, KIND[h.kind]);
  if (best.size === 0) {
    for (const v of romanizationVariants(key, 24))
      for (const h of gz.lookup(v)) add(h.place, 'variant');
  }
  if (best.size === 0 && fuzzy && key.length >= 5) {
    for (const f of gz.fuzzy(key, key.length >= 11 ? 2 : 1)) {
      for (const h of gz.postingsOf(f.keyIndex)) add(h.place, 'fuzzy');
    }
  }
  return [...best.entries()]
    .map(([place, matchedBy]) => ({ place, matchedBy }))
    .sort((a, b) => gz.population[b.place] - gz.population[a.place] || a.place - b.place);
}

function rank(by: MatchedBy): number {
  return by === 'exact' ? 0 : by === 'alternate' ? 1 : by === 'variant' ? 2 : 3;
}
