/**
 * The per-region name indexes are a bounded cache: memory must not grow with the input
 * (bench scaling: the ndjson stream of 100 MB ran with its live heap rising past 300 MB before
 * the bound). Checked on the real gazetteer.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../scripts/load-engine.ts';
import {
  cachedRegionIndexes,
  candidatesBySkeleton,
  regionNameIndex,
  type RegionNameIndex,
} from '../src/core/gazetteer/region-name-index.ts';
import { placesByAdmin1 } from '../src/core/gazetteer/places-by-admin1.ts';
import { similarPlaces } from '../src/core/gazetteer/similar-places.ts';
import { foldKey } from '../src/core/text/fold-key.ts';
import { skeletonKey } from '../src/core/text/skeleton-key.ts';

const { gazetteer: gz } = loadEngine();

const spellingsOf = (index: RegionNameIndex) =>
  Array.from({ length: index.size }, (_, i) => index.spelling(i));

const weightOf = (m: ReadonlyMap<string, RegionNameIndex>) =>
  [...m.values()].reduce((a, i) => a + i.weight, 0);

describe('region name index cache', () => {
  it('stays within its budget, dropping the least recently used regions', () => {
    const budget = 60_000;
    const ids = [...placesByAdmin1(gz).keys()].filter((id) => id.startsWith('RU.')).slice(0, 40);
    for (const id of ids) {
      regionNameIndex(gz, id, budget);
      const cached = cachedRegionIndexes(gz);
      // Over the budget only by the region just asked for (which is always kept).
      expect(weightOf(cached)).toBeLessThanOrEqual(budget + cached.get(id)!.weight);
    }
    // What is left is the most recently asked for: a tail of the sequence.
    const cached = new Set(cachedRegionIndexes(gz).keys());
    expect(cached.size).toBeGreaterThan(0);
    expect(cached.size).toBeLessThan(ids.length);
    expect([...cached].sort()).toEqual(ids.slice(ids.length - cached.size).sort());
    // Asking for an older region again makes it the most recent: the next eviction spares it.
    const keep = ids[ids.length - cached.size];
    regionNameIndex(gz, keep, budget);
    regionNameIndex(gz, 'RU.90', budget);
    expect(cachedRegionIndexes(gz).has(keep)).toBe(true);
  });

  it('rebuilds a dropped region with the same spellings', () => {
    const id = 'UA.05';
    const before = spellingsOf(regionNameIndex(gz, id));
    // Push it out with a tiny budget, then ask again.
    for (const other of ['UA.07', 'UA.09', 'UA.12']) regionNameIndex(gz, other, 1);
    expect(cachedRegionIndexes(gz).has(id)).toBe(false);
    expect(spellingsOf(regionNameIndex(gz, id))).toEqual(before);
  });

  it('counts deletion neighbourhoods in the budget once a fuzzy search makes them', () => {
    const id = 'UA.05';
    const index = regionNameIndex(gz, id);
    const before = index.weight;
    // A suggestion search (one skeleton edit allowed) builds the deletion neighbourhood: one
    // entry of 8 bytes per letter of each skeleton, and the skeletons have several letters.
    expect(index.hasDeletions).toBe(false);
    similarPlaces(gz, 'Sevesk', [id], 1);
    expect(index.hasDeletions).toBe(true);
    expect(index.weight).toBeGreaterThan(before + index.size * 8 * 3);
  });

  it('gives Russian and Ukrainian romanisation variants only where names come that way', () => {
    const kharkiv = spellingsOf(regionNameIndex(gz, 'UA.07'));
    expect(kharkiv).toContain('kharkiv');
    expect(kharkiv).toContain('kharkov');
    // A region in Brazil: each place once, under its own name.
    const br = [...placesByAdmin1(gz).keys()].find((k) => k.startsWith('BR.'))!;
    const index = regionNameIndex(gz, br);
    const places = Array.from({ length: index.size }, (_, i) => index.place(i));
    expect(new Set(places).size).toBe(index.size);
  });
});

describe('candidatesBySkeleton', () => {
  // The rule the index implements, by brute force over every spelling of a region: equal
  // skeletons; one deletion on one side (distance 1); one deletion on each side (distance 2).
  const deletions = (s: string) => Array.from(s, (_, k) => s.slice(0, k) + s.slice(k + 1));
  function bruteForce(index: RegionNameIndex, qs: string, maxSkeletonDistance: number): number[] {
    const out: number[] = [];
    const qd = deletions(qs);
    for (let i = 0; i < index.size; i++) {
      const s = skeletonKey(index.spelling(i));
      const sd = deletions(s);
      if (
        s === qs ||
        (maxSkeletonDistance >= 1 && (sd.includes(qs) || qd.includes(s))) ||
        (maxSkeletonDistance >= 2 && qd.some((d) => sd.includes(d)))
      )
        out.push(i);
    }
    return out;
  }

  it('finds what a scan of the region finds, for skeleton distances 0, 1 and 2', () => {
    const index = regionNameIndex(gz, 'UA.05');
    let named = 0;
    for (const name of ['Siversk', 'Sevesk', 'Kramatorks', 'Dontesk', 'Pokrovsk', 'Toretsk']) {
      const qs = skeletonKey(foldKey(name));
      for (const dist of [0, 1, 2]) {
        const found = candidatesBySkeleton(index, qs, dist);
        expect(new Set(found).size).toBe(found.length);
        // Hash collisions may add entries; every entry the rule names is there.
        const expected = bruteForce(index, qs, dist);
        named += expected.length;
        expect(found).toEqual(expect.arrayContaining(expected));
        const extra = found.filter((i) => !expected.includes(i));
        expect(extra.length).toBeLessThanOrEqual(found.length / 10);
      }
    }
    expect(named).toBeGreaterThan(20);
  });
});
