import { beforeAll, describe, expect, it } from 'vitest';
import { encodeRegions, type EncodableRegion } from './format.ts';
import { haversineKm, RegionSet } from './region-set.ts';

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

let bytes: Uint8Array;
let set: RegionSet;

beforeAll(async () => {
  bytes = await buildRegionsData();
  set = RegionSet.from(bytes);
});

/** Real towns, [lat, lon]. */
const SEVSK = [52.149, 34.494] as const; // Bryansk Oblast, Russia
const SIVERSK = [48.866, 38.098] as const; // Donetsk Oblast, ~10 km from the Luhansk border
const LYSYCHANSK = [48.904, 38.428] as const; // Luhansk Oblast, across the border from Siversk
const BAKHMUT = [48.595, 38.0] as const; // Donetsk Oblast
const POPASNA = [48.633, 38.383] as const; // Luhansk Oblast, ~5 km from the Donetsk border
const LYMAN = [48.99, 37.81] as const; // Donetsk Oblast
const KREMINNA = [49.05, 38.22] as const; // Luhansk Oblast
const KUPIANSK = [49.71, 37.616] as const; // Kharkiv Oblast
const BOROVA = [49.38, 37.62] as const; // Kharkiv Oblast, near the Luhansk border
const SVATOVE = [49.41, 38.16] as const; // Luhansk Oblast, near the Kharkiv border
const SEVASTOPOL = [44.608, 33.521] as const;
const SIMFEROPOL = [44.95, 34.1] as const;
const MYROPIL = [50.11, 27.697] as const; // Zhytomyr Oblast (not Myropillia)
const MYROPILLIA = [51.024, 35.245] as const; // Sumy Oblast, near the Russian border
const KYIV = [50.45, 30.52] as const;
const BORYSPIL = [50.35, 30.95] as const; // Kyiv Oblast
const BLACK_SEA = [43.5, 34.0] as const;
const KALININGRAD = [54.71, 20.51] as const;
const MOSCOW = [55.75, 37.62] as const;
const BELGOROD = [50.6, 36.58] as const;
const KHARKIV = [49.99, 36.23] as const;

describe('RegionSet lookups', () => {
  it('finds admin-1 regions of real towns', () => {
    expect(set.admin1At(...SEVSK)).toBe('RU.10');
    expect(set.get('RU.10')?.name).toBe('Bryansk Oblast');
    expect(set.get('RU.10')?.countryCode).toBe('RU');
    expect(set.admin1At(...SIVERSK)).toBe('UA.05');
    expect(set.get('UA.05')?.name).toBe('Donetsk Oblast');
    expect(set.get('UA.05')?.shortName).toBe('Donetsk');
    expect(set.admin1At(...MYROPIL)).toBe('UA.27');
    expect(set.get('UA.27')?.name).toBe('Zhytomyr Oblast');
    expect(set.admin1At(...MYROPILLIA)).toBe('UA.21');
    expect(set.get('UA.21')?.name).toBe('Sumy Oblast');
    expect(set.admin1At(...KUPIANSK)).toBe('UA.07');
    expect(set.get('UA.07')?.name).toBe('Kharkiv Oblast');
    expect(set.admin1At(...KYIV)).toBe('UA.12');
    expect(set.get('UA.12')?.name).toBe('Kyiv');
    expect(set.admin1At(...BELGOROD)).toBe('RU.09');
    expect(set.admin1At(...KHARKIV)).toBe('UA.07');
  });

  it('returns null at sea', () => {
    expect(set.admin1At(...BLACK_SEA)).toBeNull();
    expect(set.countryAt(...BLACK_SEA)).toBeNull();
    expect(set.containing(...BLACK_SEA)).toEqual([]);
  });

  it('puts towns near oblast borders on the correct side', () => {
    // Donetsk / Luhansk
    expect(set.admin1At(...SIVERSK)).toBe('UA.05');
    expect(set.admin1At(...LYSYCHANSK)).toBe('UA.14');
    expect(set.admin1At(...BAKHMUT)).toBe('UA.05');
    expect(set.admin1At(...POPASNA)).toBe('UA.14');
    expect(set.admin1At(...LYMAN)).toBe('UA.05');
    expect(set.admin1At(...KREMINNA)).toBe('UA.14');
    // Kharkiv / Luhansk
    expect(set.admin1At(...BOROVA)).toBe('UA.07');
    expect(set.admin1At(...SVATOVE)).toBe('UA.14');
  });

  it('treats Crimea and Sevastopol as Ukrainian de jure, Russian de facto', () => {
    expect(set.admin1At(...SEVASTOPOL)).toBe('UA.20');
    expect(set.countryAt(...SEVASTOPOL)).toBe('UA');
    expect(set.controlAt(...SEVASTOPOL)).toEqual({ deJure: 'UA', deFacto: 'RU' });
    expect(set.controlAt(...SIVERSK)).toEqual({ deJure: 'UA', deFacto: 'UA' });
    expect(set.containing(...SEVASTOPOL)).toEqual(['UA.20', 'UA', '@crimea', '@southern-ukraine']);
    expect(set.contains('@crimea', ...SEVASTOPOL)).toBe(true);
    expect(set.contains('@crimea', ...SIMFEROPOL)).toBe(true);
    expect(set.contains('UA', ...SIMFEROPOL)).toBe(true);
    expect(set.contains('RU', ...SIMFEROPOL)).toBe(false);

    const sevastopol = set.get('UA.20')!;
    expect(sevastopol.name).toBe('Sevastopol');
    expect(sevastopol.countryCode).toBe('UA');
    expect(sevastopol.countryName).toBe('Ukraine');
    expect(sevastopol.control).toEqual({ deJure: 'UA', deFacto: 'RU' });
    const crimea = set.get('UA.11')!;
    expect(crimea.name).toBe('Autonomous Republic of Crimea');
    expect(crimea.control).toEqual({ deJure: 'UA', deFacto: 'RU' });
    expect(set.get('@crimea')?.control).toEqual({ deJure: 'UA', deFacto: 'RU' });
    // Partially occupied oblasts are not split (no Natural Earth polygons): UA / UA.
    expect(set.get('UA.05')?.control).toEqual({ deJure: 'UA', deFacto: 'UA' });
    expect(set.get('RU.10')?.control).toEqual({ deJure: 'RU', deFacto: 'RU' });
  });

  it('handles holes: Kyiv city is not in Kyiv Oblast', () => {
    expect(set.contains('UA.12', ...KYIV)).toBe(true);
    expect(set.contains('UA.13', ...KYIV)).toBe(false);
    expect(set.contains('UA.13', ...BORYSPIL)).toBe(true);
    expect(set.admin1At(...BORYSPIL)).toBe('UA.13');
    expect(set.countryAt(...KYIV)).toBe('UA');
    const oblast = set.geometry('UA.13');
    expect(oblast.coordinates.some((polygon) => polygon.length >= 2)).toBe(true); // has a hole
    expect(set.get('UA.13')?.name).toBe('Kyiv Oblast');
  });

  it('handles exclaves: Kaliningrad is a separate part of Russia', () => {
    expect(set.admin1At(...KALININGRAD)).toBe('RU.23');
    expect(set.countryAt(...KALININGRAD)).toBe('RU');
    expect(set.contains('RU', ...KALININGRAD)).toBe(true);
    expect(set.contains('LT', ...KALININGRAD)).toBe(false);
    const russia = set.geometry('RU');
    const partWith = (lat: number, lon: number): number =>
      russia.coordinates.findIndex((polygon) => pointInRing(polygon[0], lon, lat));
    const kaliningradPart = partWith(...KALININGRAD);
    expect(kaliningradPart).toBeGreaterThanOrEqual(0);
    expect(partWith(...MOSCOW)).not.toBe(kaliningradPart);
  });

  it('answers containing() and contains() consistently for countries and composites', () => {
    expect(set.containing(...SIVERSK)).toEqual(['UA.05', 'UA', '@donbas', '@eastern-ukraine']);
    expect(set.containing(...SEVSK)).toEqual(['RU.10', 'RU']);
    expect(set.contains('@donbas', ...LYSYCHANSK)).toBe(true);
    expect(set.contains('@donbas', ...KUPIANSK)).toBe(false);
    expect(set.contains('@eastern-ukraine', ...KUPIANSK)).toBe(true);
    expect(set.contains('@western-ukraine', ...KYIV)).toBe(false);
    expect(set.contains('@northern-ukraine', ...KYIV)).toBe(true);
    expect(set.contains('UA', ...SEVSK)).toBe(false);
    expect(set.contains('RU', ...SEVSK)).toBe(true);
    expect(() => set.contains('XX.99', 0, 0)).toThrow(/unknown region id/);
  });

  it('measures distances to regions', () => {
    expect(set.distanceKm('UA.05', ...SIVERSK)).toBe(0);
    // Sevsk -> nearest point of Donetsk Oblast (near Sviatohirsk): 389.5 km on the unsimplified
    // Natural Earth outline.
    const d = set.distanceKm('UA.05', ...SEVSK);
    expect(d).toBeGreaterThan(370);
    expect(d).toBeLessThan(420);
    // Within 1% of a brute-force great-circle search over the same (simplified) outline.
    expect(Math.abs(d - bruteForceDistanceKm(set, 'UA.05', SEVSK[0], SEVSK[1])) / d).toBeLessThan(
      0.01,
    );
    // Sevsk is ~30 km from the Ukrainian border.
    const toUkraine = set.distanceKm('UA', ...SEVSK);
    expect(toUkraine).toBeGreaterThan(15);
    expect(toUkraine).toBeLessThan(45);
    expect(
      Math.abs(toUkraine - bruteForceDistanceKm(set, 'UA', SEVSK[0], SEVSK[1])) / toUkraine,
    ).toBeLessThan(0.01);
    expect(set.distanceKm('@donbas', ...LYSYCHANSK)).toBe(0);
  });

  it('joins GeoNames admin-1 codes', () => {
    expect(set.admin1ByGeoNamesCode('UA', '05')?.id).toBe('UA.05');
    expect(set.admin1ByGeoNamesCode('UA', '11')?.id).toBe('UA.11');
    expect(set.admin1ByGeoNamesCode('RU', '10')?.name).toBe('Bryansk Oblast');
    expect(set.admin1ByGeoNamesCode('UA', '99')).toBeUndefined();
  });

  it('describes every region', () => {
    const ids = set.regions.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(ids);
    for (const r of set.regions) {
      expect(r.name.length).toBeGreaterThan(0);
      expect(set.get(r.countryCode)?.kind).toBe('country');
      const [w, s, e, n] = r.bbox;
      expect(w <= e && s <= n).toBe(true);
      // Label points are inside (countries/composites: inside their dissolved outline).
      if (r.kind === 'admin1')
        expect(set.contains(r.id, r.labelPoint[1], r.labelPoint[0])).toBe(true);
    }
    expect(set.get('UA')).toMatchObject({
      kind: 'country',
      name: 'Ukraine',
      names: { uk: 'Україна', ru: 'Украина' },
    });
    expect(set.get('@donbas')?.members).toEqual(['UA.05', 'UA.14']);
    expect(set.get('UA.11')?.bbox[1]).toBeLessThan(45);
    expect(set.get('UA')!.bbox[1]).toBeLessThan(44.5); // Crimea is part of UA's outline
    expect(set.membersOf('@crimea').map((r) => r.id)).toEqual(['UA.11', 'UA.20']);
    expect(set.admin1Of('UA')).toHaveLength(27);
  });

  it('re-encodes to the same bytes (decode -> encode round trip)', () => {
    const regions: EncodableRegion[] = set.regions.map((r) => {
      const { bbox: _bbox, labelPoint, ...meta } = r;
      return { meta, polygons: set.geometry(r.id).coordinates, labelPoint };
    });
    expect(sameBytes(encodeRegions(regions), bytes)).toBe(true);
  });

  it('builds deterministically', async () => {
    const again = await buildRegionsData();
    expect(again.byteLength).toBe(bytes.byteLength);
    expect(sameBytes(again, bytes)).toBe(true);
  });
});

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

function pointInRing(ring: number[][], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i],
      [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < xj + ((y - yj) * (xi - xj)) / (yi - yj)) inside = !inside;
  }
  return inside;
}

/** Minimum haversine distance to densely sampled points of every boundary segment. */
function bruteForceDistanceKm(regions: RegionSet, id: string, lat: number, lon: number): number {
  let best = Infinity;
  for (const polygon of regions.geometry(id).coordinates) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const [x0, y0] = ring[i - 1],
          [x1, y1] = ring[i];
        for (let k = 0; k <= 20; k++) {
          const t = k / 20;
          best = Math.min(best, haversineKm(lat, lon, y0 + t * (y1 - y0), x0 + t * (x1 - x0)));
        }
      }
    }
  }
  return best;
}
