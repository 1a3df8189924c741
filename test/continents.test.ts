/**
 * The continents of data/continents.tsv: the file's rows, the build helpers of
 * scripts/geonames/continents.ts (on made-up inputs), and the built gazetteer's CONT places.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTINENTS_FILE } from '../scripts/build-gazetteer.ts';
import { continentPopulations, parseContinents } from '../scripts/geonames/continents.ts';
import { loadEngine } from '../scripts/load-engine.ts';
import { PLACE_FLAG_FUZZY } from '../src/core/gazetteer/format.ts';

describe('data/continents.tsv', () => {
  const rows = parseContinents(readFileSync(CONTINENTS_FILE, 'utf8'));
  it('holds the seven GeoNames continents, one per continent code', () => {
    expect(rows.map((r) => [r.code, r.id, r.name])).toEqual([
      ['AF', 6255146, 'Africa'],
      ['AS', 6255147, 'Asia'],
      ['EU', 6255148, 'Europe'],
      ['NA', 6255149, 'North America'],
      ['SA', 6255150, 'South America'],
      ['OC', 6255151, 'Oceania'],
      ['AN', 6255152, 'Antarctica'],
    ]);
  });
  it('puts each point on its own continent (a swapped latitude and longitude would not be)', () => {
    const box: Record<string, [number, number, number, number]> = {
      // south, north, west, east
      AF: [-35, 37, -18, 52],
      AS: [-11, 78, 25, 180],
      EU: [35, 72, -25, 60],
      NA: [7, 84, -170, -52],
      SA: [-56, 13, -82, -34],
      OC: [-48, 0, 110, 180],
      AN: [-90, -60, -180, 180],
    };
    for (const r of rows) {
      const [s, n, w, e] = box[r.code];
      expect(r.lat >= s && r.lat <= n && r.lon >= w && r.lon <= e, r.name).toBe(true);
    }
  });
});

describe('parseContinents', () => {
  it('reads rows and skips comments and blank lines', () => {
    expect(parseContinents('# header\n\n1\tA\t1.5\t-2\tXX\n')).toEqual([
      { id: 1, name: 'A', lat: 1.5, lon: -2, code: 'XX' },
    ]);
  });
  it('rejects a malformed row with its line number', () => {
    expect(() => parseContinents('# h\n1\tA\t95\t0\tXX\n')).toThrow(/continents.tsv:2/);
    expect(() => parseContinents('1\tA\t0\t0\n')).toThrow(/continents.tsv:1/);
    expect(() => parseContinents('x\tA\t0\t0\tXX\n')).toThrow();
  });
});

describe('continentPopulations', () => {
  it("sums its countries' places, a country of two continents in both", () => {
    const pops = continentPopulations(
      [
        { continent_code: 'EU', countries: ['FR', 'RU'] },
        { continent_code: 'AS', countries: ['RU', 'CN', 'CN'] },
        { continent_code: 'AN', countries: ['AQ'] },
      ],
      [
        { country: 'FR', population: 100 },
        { country: 'FR', population: 20 },
        { country: 'RU', population: 5 },
        { country: 'CN', population: 1000 },
        { country: 'DE', population: 7 },
      ],
    );
    expect(Object.fromEntries(pops)).toEqual({ EU: 125, AS: 1005, AN: 0 });
  });
  it('stays within the u32 population column', () => {
    const pops = continentPopulations(
      [{ continent_code: 'AS', countries: ['CN', 'IN'] }],
      [
        { country: 'CN', population: 3e9 },
        { country: 'IN', population: 3e9 },
      ],
    );
    expect(pops.get('AS')).toBe(0xffffffff);
  });
});

describe('the built gazetteer', () => {
  const gz = loadEngine().gazetteer;
  it('holds each continent as a CONT place without a country, named exactly only', () => {
    const rows = parseContinents(readFileSync(CONTINENTS_FILE, 'utf8'));
    for (const r of rows) {
      const i = gz.indexOfId(r.id);
      expect(i, r.name).toBeGreaterThanOrEqual(0);
      const p = gz.place(i);
      expect([p.name, p.featureCode, p.countryCode, p.admin1Code]).toEqual([
        r.name,
        'CONT',
        '',
        '',
      ]);
      expect(p.lat).toBeCloseTo(r.lat, 4);
      expect(p.lon).toBeCloseTo(r.lon, 4);
      expect(gz.flags[i] & PLACE_FLAG_FUZZY, r.name).toBe(0);
    }
    // Prominent enough to outrank any town of its name.
    expect(gz.population[gz.indexOfId(6255147)]).toBeGreaterThan(1e8);
  });
});
