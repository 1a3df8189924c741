import { describe, expect, it } from 'vitest';
import { HashPostings } from './hash-postings.ts';

/** Every value under `hash`, read as callers do. */
function valuesOf(p: HashPostings, hash: number): number[] {
  const out: number[] = [];
  for (let i = p.start(hash); p.hashAt(i) === hash; i++) out.push(p.valueAt(i));
  return out;
}

describe('HashPostings', () => {
  it('files values under their hashes, keeping their order, with none for other hashes', () => {
    const hashes = [7, 0xffffffff, 7, 3, 0x80000000, 7, 3];
    const values = [10, 11, 12, 13, 14, 15, 16];
    const p = HashPostings.build(hashes, values);
    expect(p.size).toBe(7);
    expect(valuesOf(p, 7)).toEqual([10, 12, 15]);
    expect(valuesOf(p, 3)).toEqual([13, 16]);
    expect(valuesOf(p, 0xffffffff)).toEqual([11]);
    expect(valuesOf(p, 0x80000000)).toEqual([14]);
    expect(valuesOf(p, 5)).toEqual([]);
    expect(valuesOf(p, 0)).toEqual([]);
  });

  it('matches a map of arrays on random data', () => {
    let seed = 1;
    const rand = () => (seed = (seed * 48271) % 0x7fffffff) / 0x7fffffff;
    const hashes: number[] = [];
    const values: number[] = [];
    const byHash = new Map<number, number[]>();
    for (let i = 0; i < 5000; i++) {
      const h = Math.floor(rand() * 300) * 14_000_000;
      hashes.push(h);
      values.push(i);
      byHash.set(h, [...(byHash.get(h) ?? []), i]);
    }
    const p = HashPostings.build(hashes, values);
    for (const [h, list] of byHash) expect(valuesOf(p, h)).toEqual(list);
  });
});
