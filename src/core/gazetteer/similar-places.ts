import type { Gazetteer } from './gazetteer.ts';
import { placesByAdmin1 } from './places-by-admin1.ts';
import { foldKey } from '../text/fold-key.ts';
import { skeletonKey } from '../text/skeleton-key.ts';
import { damerauLevenshtein } from '../text/edit-distance.ts';
import { romanizationVariants } from '../text/romanization-variants.ts';

export interface SimilarPlace {
  place: number;
  /** The spelling of the place that came closest to the query (a name or a variant of it). */
  via: string;
  /** Edit distance between the query and `via`. */
  distance: number;
  /** Edit distance between their consonant skeletons. */
  skeletonDistance: number;
}

/**
 * Places inside the given admin-1 regions whose names are spelled like `query`, compared on
 * folded keys, their Ukrainian/Russian romanisation variants and consonant skeletons.
 * Closest first, then larger places first. Used for suggestions ("Sevsk" in Donetsk Oblast:
 * did the writer mean Siversk, Russian "Seversk"?) and for context-aware resolution.
 *
 * @param maxSkeletonDistance 0 keeps only names with the same skeleton (Miropol ~ Myropillia).
 */
export function similarPlaces(
  gz: Gazetteer,
  query: string,
  admin1Ids: readonly string[],
  maxSkeletonDistance: number,
  limit = 5,
): SimilarPlace[] {
  const q = foldKey(query);
  const qs = skeletonKey(q);
  if (qs.length < 2) return [];
  const index = placesByAdmin1(gz);
  const out: SimilarPlace[] = [];
  const maxEdit = Math.max(2, Math.ceil(q.length * 0.34));
  for (const id of admin1Ids) {
    for (const p of index.get(id) ?? []) {
      const name = foldKey(gz.name(p));
      if (!name || (name[0] !== q[0] && skeletonKey(name)[0] !== qs[0])) continue;
      let best: SimilarPlace | null = null;
      for (const v of [name, ...romanizationVariants(name, 8)]) {
        const sd = damerauLevenshtein(qs, skeletonKey(v), maxSkeletonDistance);
        if (sd > maxSkeletonDistance) continue;
        const d = damerauLevenshtein(q, v, maxEdit);
        if (d > maxEdit || d === 0) continue;
        if (!best || d < best.distance || (d === best.distance && sd < best.skeletonDistance)) {
          best = { place: p, via: v, distance: d, skeletonDistance: sd };
        }
      }
      if (best) out.push(best);
    }
  }
  out.sort(
    (a, b) =>
      a.skeletonDistance - b.skeletonDistance ||
      a.distance - b.distance ||
      gz.population[b.place] - gz.population[a.place] ||
      a.place - b.place,
  );
  return out.slice(0, limit);
}

/** Places of at least this size qualify as "begins like" suggestions. */
const PREFIX_MIN_POPULATION = 5000;

/**
 * Towns inside the given admin-1 regions whose name, or a Ukrainian/Russian variant of it,
 * begins with the same letters as `query` (at least `minPrefix`): the weaker evidence used
 * when no name is spelled closely enough ("Sevastopol" in Donetsk Oblast: Siversk, Russian
 * "Seversk"). Longest shared beginning first, then larger places.
 */
export function placesWithPrefix(
  gz: Gazetteer,
  query: string,
  admin1Ids: readonly string[],
  minPrefix = 3,
  limit = 5,
): { place: number; via: string; prefix: number }[] {
  const q = foldKey(query).replace(/ /g, '');
  if (q.length < minPrefix) return [];
  const index = placesByAdmin1(gz);
  const out: { place: number; via: string; prefix: number }[] = [];
  for (const id of admin1Ids) {
    for (const p of index.get(id) ?? []) {
      if (gz.population[p] < PREFIX_MIN_POPULATION) continue;
      const name = foldKey(gz.name(p));
      let best = { via: '', prefix: 0 };
      for (const v of [name, ...romanizationVariants(name, 8)]) {
        let n = 0;
        while (n < q.length && n < v.length && q[n] === v[n]) n++;
        if (n > best.prefix) best = { via: v, prefix: n };
      }
      if (best.prefix >= minPrefix) out.push({ place: p, ...best });
    }
  }
  out.sort(
    (a, b) =>
      b.prefix - a.prefix || gz.population[b.place] - gz.population[a.place] || a.place - b.place,
  );
  return out.slice(0, limit);
}
