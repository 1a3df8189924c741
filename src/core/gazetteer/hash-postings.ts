/**
 * Compact lookup structures for tables derived from the gazetteer on first use: entries grouped
 * by a 32-bit hash, held in typed arrays sorted by hash instead of a Map of strings to arrays.
 *
 * Why: the engine lives as long as the app or the command does, and every full garbage
 * collection traces what it holds. As Maps, the fuzzy index (140,000 skeletons) and the
 * multi-word name parts (136,000 strings) were 43 MB of small objects, traced again and again
 * while articles were analysed; as typed arrays they are a few MB that the collector does not
 * look into. A hash collision only adds a candidate: callers compare the actual strings.
 */

/** Entries (small non-negative integers) grouped by hash. */
export class HashPostings {
  private constructor(
    private readonly hashes: Uint32Array,
    private readonly values: Int32Array,
  ) {}

  /** Groups values[i] under hashes[i]; within a hash, values keep their order. */
  static build(hashes: ArrayLike<number>, values: ArrayLike<number>): HashPostings {
    const order = sortedByHash(hashes);
    const h = new Uint32Array(order.length);
    const v = new Int32Array(order.length);
    for (let k = 0; k < order.length; k++) {
      h[k] = hashes[order[k]];
      v[k] = values[order[k]];
    }
    return new HashPostings(h, v);
  }

  /** Postings from hashes already in ascending order (values[i] filed under hashes[i]). */
  static fromSorted(hashes: Uint32Array, values: Int32Array): HashPostings {
    return new HashPostings(hashes, values);
  }

  get size(): number {
    return this.values.length;
  }

  /**
   * The position of the first entry filed under `hash` (or where it would be): read entries
   * from there while `hashAt(i) === hash` (no callback, nothing allocated).
   */
  start(hash: number): number {
    return lowerBound(this.hashes, hash >>> 0);
  }

  /** The hash of entry i (-1 past the end, which equals no hash). */
  hashAt(i: number): number {
    return i < this.hashes.length ? this.hashes[i] : -1;
  }

  valueAt(i: number): number {
    return this.values[i];
  }
}

/**
 * Positions 0..n-1 ordered by (hash, position): one float key each, hash * 2^21 + position
 * (exact in a double for up to 2^21 entries), sorted natively; beyond that, a comparison sort.
 */
export function sortedByHash(hashes: ArrayLike<number>): Int32Array {
  const n = hashes.length;
  const order = new Int32Array(n);
  if (n <= POSITION_SPAN) {
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = (hashes[i] >>> 0) * POSITION_SPAN + i;
    keys.sort();
    for (let i = 0; i < n; i++) order[i] = keys[i] % POSITION_SPAN;
  } else {
    const idx = Array.from({ length: n }, (_, i) => i);
    idx.sort((a, b) => (hashes[a] >>> 0) - (hashes[b] >>> 0) || a - b);
    order.set(idx);
  }
  return order;
}

/** The first position whose value is not below `v`, in an ascending array. */
export function lowerBound(a: Uint32Array, v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const POSITION_SPAN = 2 ** 21;
