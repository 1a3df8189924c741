import { beforeAll, describe, expect, it } from 'vitest';
import { foldKey } from '../text/fold-key.ts';
import { cyrillicBases, regionAliases, type RegionAlias } from './region-aliases.ts';
import { RegionSet } from './region-set.ts';

/**
 * Builds regions.bin in memory with the real build script, so the test depends neither on
 * public/data nor on test order. The script is imported through a computed specifier because
 * it uses Node APIs: a static import would make the browser tsconfig (which covers src/)
 * type-check it without Node types.
 */
async function buildRegionsData(): Promise<Uint8Array> {
  const script = '../../../scripts/build-regions.ts';
  const mod = (await import(/* @vite-ignore */ script)) as {
    buildRegionsData: () => Promise<Uint8Array>;
  };
  return mod.buildRegionsData();
}

let set: RegionSet;
let aliases: RegionAlias[];
let byKey: Map<string, RegionAlias>;

beforeAll(async () => {
  set = RegionSet.from(await buildRegionsData());
  aliases = regionAliases(set);
  byKey = new Map(aliases.map((a) => [a.key, a]));
});

const lookup = (text: string): RegionAlias | undefined => byKey.get(foldKey(text));

describe('regionAliases', () => {
  it('maps base names of capital-named oblasts with bare: false', () => {
    // "Kharkov region": the base "kharkov" needs the region word.
    expect(lookup('Kharkov')).toEqual({ key: 'kharkov', regionId: 'UA.07', bare: false });
    expect(lookup('Kharkiv')).toEqual({ key: 'kharkiv', regionId: 'UA.07', bare: false });
    expect(lookup('Sumy')).toMatchObject({ regionId: 'UA.21', bare: false });
    expect(lookup('Donetsk')).toMatchObject({ regionId: 'UA.05', bare: false });
    expect(lookup('Bryansk')).toMatchObject({ regionId: 'RU.10', bare: false });
    expect(lookup('Kyiv')).toMatchObject({ regionId: 'UA.13', bare: false }); // "Kyiv region" = the oblast
  });

  it('derives Russian-romanised bases from the Cyrillic names by rule', () => {
    for (const [text, id] of [
      ['Kharkov', 'UA.07'],
      ['Lugansk', 'UA.14'],
      ['Nikolaev', 'UA.16'],
      ['Dnepropetrovsk', 'UA.04'],
      ['Kirovograd', 'UA.10'],
      ['Chernigov', 'UA.02'],
      ['Lvov', 'UA.15'],
      ['Odessa', 'UA.17'],
      ['Kherson', 'UA.08'],
      ['Zaporozhye', 'UA.26'],
      ['Rovno', 'UA.19'],
      ['Харьков', 'UA.07'],
      ['Винница', 'UA.23'],
      ['Черкассы', 'UA.01'],
    ] as const) {
      expect(lookup(text), text).toMatchObject({ regionId: id, bare: false });
    }
    const kharkiv = set.get('UA.07')!;
    expect(cyrillicBases(kharkiv).bases).toEqual(['Харків', 'Харьков']);
    expect(cyrillicBases(kharkiv).shchyna).toEqual(['Харківщина']);
    // No reconstruction explains Рівненська -> Рівне, so nothing is guessed.
    expect(cyrillicBases(set.get('UA.19')!).bases).toEqual([]);
  });

  it('maps full names and standalone names with bare: true', () => {
    for (const [text, id] of [
      ['Donetsk Oblast', 'UA.05'],
      ['Kharkiv Oblast', 'UA.07'],
      ['Kharkivska oblast', 'UA.07'],
      ['Kharkovskaya oblast', 'UA.07'],
      ['Харківська область', 'UA.07'],
      ['Харьковская область', 'UA.07'],
      ['Харківщина', 'UA.07'],
      ['Bryansk Oblast', 'RU.10'],
      ['Belgorod Oblast', 'RU.09'],
      ['Krasnodar Krai', 'RU.38'],
      ['Kuban', 'RU.38'],
      ['Zakarpattia', 'UA.25'],
      ['Transcarpathia', 'UA.25'],
      ['Volyn', 'UA.24'],
      ['Volhynia', 'UA.24'],
      ['Autonomous Republic of Crimea', 'UA.11'],
      ['Kyiv Oblast', 'UA.13'],
      ['Kyiv city', 'UA.12'],
      ['Dagestan', 'RU.17'],
    ] as const) {
      expect(lookup(text), text).toMatchObject({ regionId: id, bare: true });
    }
  });

  it('maps DPR/LPR to the whole oblasts and Donbas/Crimea to composites', () => {
    expect(lookup('DPR')).toEqual({ key: 'dpr', regionId: 'UA.05', bare: true });
    expect(lookup('DNR')).toMatchObject({ regionId: 'UA.05', bare: true });
    expect(lookup("Donetsk People's Republic")).toMatchObject({ regionId: 'UA.05', bare: true });
    expect(lookup('ДНР')).toMatchObject({ regionId: 'UA.05', bare: true });
    expect(lookup('LPR')).toMatchObject({ regionId: 'UA.14', bare: true });
    expect(lookup('LNR')).toMatchObject({ regionId: 'UA.14', bare: true });
    expect(lookup("Luhansk People's Republic")).toMatchObject({ regionId: 'UA.14', bare: true });
    expect(lookup('Donbass')).toEqual({ key: 'donbass', regionId: '@donbas', bare: true });
    expect(lookup('Donbas')).toMatchObject({ regionId: '@donbas', bare: true });
    expect(lookup('Crimea')).toMatchObject({ regionId: '@crimea', bare: true });
    expect(lookup('Krym')).toMatchObject({ regionId: '@crimea', bare: true });
    expect(lookup('eastern Ukraine')).toMatchObject({ regionId: '@eastern-ukraine', bare: true });
    expect(lookup('southern Ukraine')).toMatchObject({ regionId: '@southern-ukraine', bare: true });
  });

  it('maps countries worldwide, in English and Cyrillic', () => {
    for (const [text, id] of [
      ['Ukraine', 'UA'],
      ['Україна', 'UA'],
      ['Украина', 'UA'],
      ['Russia', 'RU'],
      ['Russian Federation', 'RU'],
      ['Росія', 'RU'],
      ['Россия', 'RU'],
      ['Belarus', 'BY'],
      ['Moldova', 'MD'],
      ['Poland', 'PL'],
      ['United States', 'US'],
      ['U.S.', 'US'],
      ['Georgia', 'GE'],
      ['France', 'FR'],
      ['Brazil', 'BR'],
      ['Japan', 'JP'],
    ] as const) {
      expect(lookup(text), text).toEqual({ key: foldKey(text), regionId: id, bare: true });
    }
  });

  it('never makes a city name a bare region alias', () => {
    expect(lookup('Sevastopol')).toBeUndefined(); // the city; region only as "Sevastopol city"
    expect(lookup('Moscow')).toMatchObject({ regionId: 'RU.47', bare: false }); // "Moscow region"
    expect(lookup('Jewish')).toBeUndefined();
    for (const a of aliases) {
      const r = set.get(a.regionId)!;
      if (
        r.kind === 'admin1' &&
        r.typeName === 'Region' &&
        a.key === foldKey(r.shortName) &&
        r.countryCode === 'UA'
      ) {
        expect(a.bare, a.key).toBe(['volyn', 'zakarpattia'].includes(a.key));
      }
    }
  });

  it('is sorted, unique per key and deterministic', () => {
    const keys = aliases.map((a) => a.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(keys);
    for (const a of aliases) expect(foldKey(a.key)).toBe(a.key);
    expect(regionAliases(set)).toEqual(aliases);
  });
});
