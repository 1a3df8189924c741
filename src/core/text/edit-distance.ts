/**
 * Optimal string alignment distance (Damerau-Levenshtein where each substring is edited at
 * most once): insertions, deletions, substitutions and swaps of two adjacent characters
 * each cost 1. Compares UTF-16 code units; meant for folded keys.
 *
 * Bounded (`max` is a non-negative integer; fractions are floored): returns `max + 1` as soon as the distance must exceed `max`. Only the diagonal
 * band `|i - j| <= max` of the dynamic programme is filled (cells outside it already differ
 * by more than `max`), and the scan stops when a whole row exceeds `max` (every alignment
 * passes through each row or, with a swap, the row before it, which then costs no more).
 * Algorithm: Ukkonen's band, https://doi.org/10.1016/S0019-9958(85)80046-2, with the OSA
 * transposition step, https://en.wikipedia.org/wiki/Damerau%E2%80%93Levenshtein_distance.
 *
 * Three module-level rows are reused, so calls with strings under 64 code units allocate
 * nothing; longer strings grow the rows once.
 *
 * @example damerauLevenshtein('dontesk', 'donetsk', 2) === 1
 * @example damerauLevenshtein('kharkiv', 'kyiv', 1) === 2 // max + 1: "more than 1"
 */
export function damerauLevenshtein(a: string, b: string, max: number): number {
  if (a === b) return 0;
  // A negative or NaN bound is read as 0, so the answer still means "more than the bound".
  max = max >= 0 ? Math.floor(max) : 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0 || lb === 0) return Math.max(la, lb);
  ensureCapacity(lb + 1);
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= lb; j++) prev[j] = j <= max ? j : FAR;
  for (let i = 1; i <= la; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(lb, i + max);
    cur[0] = i <= max ? i : FAR;
    // The cell left of the band is read as "too far" by this row's first cell.
    if (lo > 1) cur[lo - 1] = FAR;
    let rowMin = cur[0];
    const ca = a.charCodeAt(i - 1);
    const caPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = lo; j <= hi; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = prev[j - 1] + (ca === cb ? 0 : 1);
      const del = prev[j] + 1;
      if (del < v) v = del;
      const ins = cur[j - 1] + 1;
      if (ins < v) v = ins;
      if (j > 1 && ca === b.charCodeAt(j - 2) && caPrev === cb) {
        const swap = prev2[j - 2] + 1;
        if (swap < v) v = swap;
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    // The next row reads one cell right of this band.
    if (hi < lb) cur[hi + 1] = FAR;
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  const d = prev[lb];
  return d > max ? max + 1 : d;
}

/** Larger than any distance the band can produce, small enough not to overflow when +1. */
const FAR = 0x3fffffff;

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

function ensureCapacity(size: number): void {
  if (rowA.length >= size) return;
  let n = rowA.length;
  while (n < size) n *= 2;
  rowA = new Int32Array(n);
  rowB = new Int32Array(n);
  rowC = new Int32Array(n);
}
