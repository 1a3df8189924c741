/**
 * The built gazetteer (public/data/gazetteer.bin) against the place table of
 * shared/SEED_EXPECTATIONS.md: every surface form reaches its place, with the right admin1,
 * through names, alternates or generated variants; the missing ones are reported missing.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../scripts/load-engine.ts';
import { findPlaces } from '../src/core/gazetteer/find-places.ts';
import { haversineKm } from '../src/core/geo/haversine-km.ts';
import { buildGazetteer } from '../scripts/build-gazetteer.ts';
import { Gazetteer } from '../src/core/gazetteer/gazetteer.ts';
import { join } from 'node:path';

const engine = loadEngine();
const gz = engine.gazetteer;

const TABLE: [string[], string, number, number][] = [
  [['Kupyansk', 'Kupiansk'], 'UA.07', 49.71, 37.616],
  [['Volchansk', 'Vovchansk'], 'UA.07', 50.291, 36.941],
  [['Kurilovka', 'Kurylivka'], 'UA.07', 49.66, 37.703],
  [['Kupyansk-Uzlovoy', 'Kupiansk-Vuzlovyi'], 'UA.07', 49.671, 37.643],
  [['Kharkiv', 'Kharkov', 'Харків'], 'UA.07', 49.981, 36.253],
  [['Krasnoarmeysk', 'Pokrovsk', 'Покровськ'], 'UA.05', 48.282, 37.176],
  [['Dimitrov', 'Dymytrov', 'Myrnohrad'], 'UA.05', 48.31, 37.265],
  [['Sevsk', 'SevSk'], 'RU.10', 52.149, 34.494],
  [['Sievierodonetsk', 'Severodonetsk'], 'UA.14', 48.946, 38.486],
  [['Sevastopol'], 'UA.20', 44.608, 33.521],
  [['Yunakivka'], 'UA.21', 51.123, 35.039],
  [['Myropillia', 'Miropolye'], 'UA.21', 51.024, 35.245],
  [['Siversk', 'Seversk'], 'UA.05', 48.865, 38.098],
  [['Artemovsk', 'Bakhmut'], 'UA.05', 48.595, 38.0],
  [['Vuhledar', 'Ugledar'], 'UA.05', 47.78, 37.25],
];

describe('embedded gazetteer: the sample corpus places', () => {
  for (const [forms, admin1, lat, lon] of TABLE) {
    for (const form of forms) {
      it(`${form} -> ${admin1}`, () => {
        const found = findPlaces(gz, form).filter((f) => gz.admin1Key(f.place) === admin1);
        expect(found.length, `${form} in ${admin1}`).toBeGreaterThan(0);
        const d = Math.min(
          ...found.map((f) => haversineKm(gz.lat[f.place], gz.lon[f.place], lat, lon)),
        );
        expect(d).toBeLessThan(10);
      });
    }
  }

  it.skipIf(gz.meta.countryDumps.includes('UA'))(
    'without the Ukraine dump, reports the villages it lacks as missing (no fake entries)',
    () => {
      // Kucherivka (Kharkiv Oblast) and Kindrativka (Sumy Oblast) are not in cities500/cities1000.
      expect(findPlaces(gz, 'Kucherivka').filter((f) => gz.admin1Key(f.place) === 'UA.07')).toEqual(
        [],
      );
      expect(
        findPlaces(gz, 'Kindrativka').filter((f) => gz.admin1Key(f.place) === 'UA.21'),
      ).toEqual([]);
      expect(
        findPlaces(gz, 'Kondratovka').filter((f) => gz.admin1Key(f.place) === 'UA.21'),
      ).toEqual([]);
    },
  );

  it('has population, feature code, admin1 and country for places, and admin1 names in three languages', () => {
    const i = findPlaces(gz, 'Pokrovsk').find((f) => gz.countryCode(f.place) === 'UA')!.place;
    const p = gz.place(i);
    expect(p.population).toBeGreaterThan(50_000);
    expect(p.featureCode).toBe('PPLA2');
    expect(p.admin1Name).toMatch(/Donetsk/);
    const a1 = gz.meta.admin1.find((a) => a.code === 'UA.05')!;
    expect(a1.nameUk).toMatch(/Донецька/);
    expect(a1.nameRu).toMatch(/Донецкая/);
  });

  it('covers the world, not only Ukraine', () => {
    for (const [name, cc] of [
      ['Paris', 'FR'],
      ['Springfield', 'US'],
      ['Tripoli', 'LY'],
      ['Taipei', 'TW'],
      ['Lagos', 'NG'],
    ]) {
      expect(
        findPlaces(gz, name).some((f) => gz.countryCode(f.place) === cc),
        name,
      ).toBe(true);
    }
  });
});

describe('build-data --geonames: merging a GeoNames country dump', () => {
  it('adds populated places, merges known ids, skips other features, reports bad rows', () => {
    const file = join(import.meta.dirname, 'fixtures/geonames-dump/UA-sample.txt');
    const { buffer, summary, errors } = buildGazetteer({ geonamesFiles: [file] });
    const merged = Gazetteer.from(buffer);
    expect(summary.dumpAdded).toBe(3);
    expect(summary.dumpMerged).toBe(1);
    expect(errors.some((e) => /UA-sample\.txt:7: not a GeoNames row/.test(e))).toBe(true);
    const kin = findPlaces(merged, 'Kondratovka').filter(
      (f) => merged.admin1Key(f.place) === 'UA.21',
    );
    expect(kin.map((f) => merged.name(f.place))).toEqual(['Kindrativka']);
    expect(
      findPlaces(merged, 'Kucherivka').some((f) => merged.admin1Key(f.place) === 'UA.07'),
    ).toBe(true);
    // Rivers are merged; hotels, farms and the like are not.
    expect(
      findPlaces(merged, 'Siverskyi Donets').filter((f) => merged.ids[f.place] === 9000003),
    ).toHaveLength(1);
    expect(merged.featureCodeOf(merged.indexOfId(9000003))).toBe('STM');
    expect(merged.indexOfId(9000005)).toBe(-1);
    const pokrovsk = findPlaces(merged, 'Pokrowsk').filter((f) => merged.ids[f.place] === 704422);
    expect(pokrovsk).toHaveLength(1);
  });
});
