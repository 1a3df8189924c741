import type { Gazetteer } from './gazetteer.ts';
import { candidatesBySkeleton, regionNameIndex, skeletonHash } from './region-name-index.ts';
import { foldKey } from '../text/fold-key.ts';
import { skeletonKey } from '../text/skeleton-key.ts';
import { damerauLevenshtein } from '../text/edit-distance.ts';

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
  const { q, qs, hash } = foldedQuery(query);
  if (qs.length < 2) return [];
  const maxEdit = Math.max(2, Math.ceil(q.length * 0.34));
  const best = new Map<number, SimilarPlace>();
  for (const id of admin1Ids) {
    const index = regionNameIndex(gz, id);
    for (const i of candidatesBySkeleton(index, qs, maxSkeletonDistance, hash)) {
      const spelling = index.spelling(i);
      const sd = damerauLevenshtein(qs, skeletonKey(spelling), maxSkeletonDistance);
      if (sd > maxSkeletonDistance) continue;
      const d = damerauLevenshtein(q, spelling, maxEdit);
      if (d > maxEdit || d === 0) continue;
      const place = index.place(i);
      const prev = best.get(place);
      if (!prev || d < prev.distance || (d === prev.distance && sd < prev.skeletonDistance)) {
        best.set(place, { place, via: spelling, distance: d, skeletonDistance: sd });
      }
    }
  }
  const out = [...best.values()];
  out.sort(
    (a, b) =>
      a.skeletonDistance - b.skeletonDistance ||
      a.distance - b.distance ||
      gz.population[b.place] - gz.population[a.place] ||
      a.place - b.place,
  );
  return out.slice(0, limit);
}

const QUERY_MEMO = new Map<string, { q: string; qs: string; hash: number }>();

/**
 * foldKey of a query, its consonant skeleton and the skeleton's hash, memoised: resolution
 * asks about the same names article after article, for each region of the article.
 */
function foldedQuery(query: string): { q: string; qs: string; hash: number } {
  let hit = QUERY_MEMO.get(query);
  if (!hit) {
    if (QUERY_MEMO.size >= 20_000) QUERY_MEMO.clear();
    const q = foldKey(query);
    const qs = skeletonKey(q);
    hit = { q, qs, hash: skeletonHash(qs) };
    QUERY_MEMO.set(query, hit);
  }
  return hit;
}

export function placesWithPrefix(
  gz: Gazetteer,
  query: string,
  admin1Ids: readonly string[],
  minPrefix = 3,
  limit = 5,
): { place: number; via: string; prefix: number }[] {
  const q = foldKey(query).replace(/ /g, '');
  if (q.length < minPrefix) return [];
  const out: { place: number; via: string; prefix: number }[] = [];
  for (const id of admin1Ids) {
    const index = regionNameIndex(gz, id);
    const byPlace = new Map<number, { via: string; prefix: number }>();
    for (const sp of index.townSpellings) {
      let n = 0;
      const v = sp.spelling;
      while (n < q.length && n < v.length && q[n] === v[n]) n++;
      const prev = byPlace.get(sp.place);
      if (!prev || n > prev.prefix) byPlace.set(sp.place, { via: v, prefix: n });
    }
    for (const [place, b] of byPlace) if (b.prefix >= minPrefix) out.push({ place, ...b });
  }
  out.sort(
    (a, b) =>
      b.prefix - a.prefix || gz.population[b.place] - gz.population[a.place] || a.place - b.place,
  );
  return out.slice(0, limit);
}
