/**
 * The per-region name indexes are a bounded cache: memory must not grow with the input
 * (bench scaling: the ndjson stream of 100 MB ran with its live heap rising past 300 MB before
 * the bound). Checked on the real gazetteer.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../scripts/load-engine.ts';
import {
  cachedRegionIndexes,
  regionNameIndex,
  type RegionNameIndex,
} from '../src/core/gazetteer/region-name-index.ts';
import { placesByAdmin1 } from '../src/core/gazetteer/places-by-admin1.ts';
import { similarPlaces } from '../src/core/gazetteer/similar-places.ts';

const { gazetteer: gz } = loadEngine();

const weightOf = (m: ReadonlyMap<string, RegionNameIndex>) =>
  [...m.values()].reduce((a, i) => a + i.weight, 0);

describe('region name index cache', () => {
  it('stays within its budget, dropping the least recently used regions', () => {
    const budget = 3_000;
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
    const before = regionNameIndex(gz, id).spellings.map((s) => s.spelling);
    // Push it out with a tiny budget, then ask again.
    for (const other of ['UA.07', 'UA.09', 'UA.12']) regionNameIndex(gz, other, 1);
    expect(cachedRegionIndexes(gz).has(id)).toBe(false);
    expect(regionNameIndex(gz, id).spellings.map((s) => s.spelling)).toEqual(before);
  });

  it('counts deletion neighbourhoods in the budget once a fuzzy search makes them', () => {
    const id = 'UA.05';
    const index = regionNameIndex(gz, id);
    const spellings = index.spellings.length;
    // A suggestion search (one skeleton edit allowed) builds the deletion neighbourhood.
    similarPlaces(gz, 'Sevesk', [id], 1);
    expect(index.byDeletion).not.toBeNull();
    expect(index.weight).toBeGreaterThan(spellings * 3);
  });

  it('gives Russian and Ukrainian romanisation variants only where names come that way', () => {
    const kharkiv = regionNameIndex(gz, 'UA.07').spellings.map((s) => s.spelling);
    expect(kharkiv).toContain('kharkiv');
    expect(kharkiv).toContain('kharkov');
    // A region in Brazil: each place once, under its own name.
    const br = [...placesByAdmin1(gz).keys()].find((k) => k.startsWith('BR.'))!;
    const index = regionNameIndex(gz, br);
    expect(new Set(index.spellings.map((s) => s.place)).size).toBe(index.spellings.length);
  });
});
