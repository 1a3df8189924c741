import { describe, expect, it } from 'vitest';
import { damerauLevenshtein } from './edit-distance.ts';

/** Unbounded reference optimal string alignment distance. */
function osa(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    d.push([]);
    for (let j = 0; j <= b.length; j++) d[i].push(i === 0 ? j : j === 0 ? i : 0);
  }
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}

describe('damerauLevenshtein', () => {
  it('counts the typical misspellings of a name as one edit', () => {
    expect(damerauLevenshtein('severodonnetsk', 'severodonetsk', 2)).toBe(1); // doubled letter
    expect(damerauLevenshtein('dontesk', 'donetsk', 2)).toBe(1); // swapped pair
    expect(damerauLevenshtein('kramatosk', 'kramatorsk', 2)).toBe(1); // dropped letter
    expect(damerauLevenshtein('homstomel', 'hostomel', 2)).toBe(1); // inserted letter
    expect(damerauLevenshtein('bakhmyt', 'bakhmut', 2)).toBe(1); // substitution
  });

  it('is 0 for equal strings and the length for an empty one', () => {
    expect(damerauLevenshtein('kyiv', 'kyiv', 0)).toBe(0);
    expect(damerauLevenshtein('', '', 0)).toBe(0);
    expect(damerauLevenshtein('', 'abc', 3)).toBe(3);
    expect(damerauLevenshtein('abc', '', 5)).toBe(3);
  });

  it('returns max + 1 when the distance exceeds max', () => {
    expect(damerauLevenshtein('kharkiv', 'kyiv', 1)).toBe(2);
    expect(damerauLevenshtein('kharkiv', 'kyiv', 3)).toBe(4);
    expect(damerauLevenshtein('kharkiv', 'kyiv', 4)).toBe(4);
    expect(damerauLevenshtein('abc', '', 2)).toBe(3);
    expect(damerauLevenshtein('abcdef', 'ghijkl', 2)).toBe(3);
    expect(damerauLevenshtein('a', 'b', 0)).toBe(1);
    expect(damerauLevenshtein('ab', 'ba', 0)).toBe(1);
  });

  it('is the optimal string alignment, not the unrestricted distance', () => {
    // OSA cannot edit a swapped pair again: ca -> abc is 3 here (unrestricted DL gives 2).
    expect(damerauLevenshtein('ca', 'abc', 5)).toBe(3);
    expect(damerauLevenshtein('ab', 'ba', 5)).toBe(1);
    expect(damerauLevenshtein('abcd', 'badc', 5)).toBe(2);
  });

  it('reads a negative or NaN bound as 0 and floors fractions', () => {
    expect(damerauLevenshtein('a', 'b', -1)).toBe(1);
    expect(damerauLevenshtein('a', 'b', Number.NaN)).toBe(1);
    expect(damerauLevenshtein('ab', 'ba', 1.9)).toBe(1);
    expect(damerauLevenshtein('abc', 'xyz', 1.9)).toBe(2);
    expect(damerauLevenshtein('abc', 'xyz', Infinity)).toBe(3);
  });

  it('matches the unbounded reference on random strings for every bound', () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const word = () => {
      let s = '';
      const len = rand(9);
      for (let i = 0; i < len; i++) s += 'abcd'[rand(4)];
      return s;
    };
    for (let t = 0; t < 3000; t++) {
      const a = word();
      const b = rand(3) === 0 ? a.slice(0, rand(a.length + 1)) + word().slice(0, 2) : word();
      const d = osa(a, b);
      for (let max = 0; max <= 6; max++) {
        expect(damerauLevenshtein(a, b, max), `${a}/${b}/${max}`).toBe(d <= max ? d : max + 1);
      }
    }
  });

  it('handles strings longer than the preallocated rows', () => {
    const a = 'ab'.repeat(100);
    const b = 'ba'.repeat(100);
    expect(damerauLevenshtein(a, b, 1000)).toBe(osa(a, b));
    expect(damerauLevenshtein(a + 'x', a, 1)).toBe(1);
    expect(osa(a, b)).toBe(2); // shifted by one: delete the first a, append one
    expect(damerauLevenshtein(a, b, 1)).toBe(2);
    expect(damerauLevenshtein(a, 'c'.repeat(200), 3)).toBe(4);
    // Still right for short strings afterwards.
    expect(damerauLevenshtein('dontesk', 'donetsk', 2)).toBe(1);
  });

  it('stops early: bounded calls on long, different strings are fast', () => {
    const a = 'a'.repeat(5000);
    const b = 'b'.repeat(5000);
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) expect(damerauLevenshtein(a, b, 2)).toBe(3);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
