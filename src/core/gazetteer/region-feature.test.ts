/**
 * regionFeature: which point a country or first-level region gets. Hand-written fixtures: a
 * gazetteer meta with two code-list rows (ids as in GeoNames countryInfo.txt and
 * admin1CodesASCII.txt), one of them with a point from a country dump.
 */
import { describe, expect, it } from 'vitest';
import { regionFeature } from './region-feature.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { RegionInfo } from '../regions/types.ts';

const KENYA_ID = 192950;
const DONETSK_OBLAST_ID = 709716;

const gz = {
  meta: {
    countries: [{ code: 'KE', name: 'Kenya', geonameId: KENYA_ID }],
    admin1: [
      { code: 'UA.05', name: 'Donetsk', geonameId: DONETSK_OBLAST_ID, lat: 48.0, lon: 37.5 },
    ],
  },
} as unknown as Gazetteer;

function region(over: Partial<RegionInfo>): RegionInfo {
  return {
    id: 'X',
    kind: 'country',
    name: 'X',
    shortName: 'X',
    countryCode: 'X',
    countryName: 'X',
    admin1Code: null,
    names: { en: 'X' },
    control: { deJure: 'X', deFacto: 'X' },
    bbox: [0, 0, 1, 1],
    labelPoint: [0.5, 0.5],
    ...over,
  } as RegionInfo;
}

describe('regionFeature', () => {
  it('places a country without a GeoNames point of its own at its label point, not its capital', () => {
    const kenya = region({ id: 'KE', countryCode: 'KE', name: 'Kenya', labelPoint: [37.9, 0.5] });
    const f = regionFeature(gz, kenya)!;
    expect(f.id).toBe(KENYA_ID);
    expect(f.idSource).toBe('geonames');
    expect([f.lat, f.lon]).toEqual([0.5, 37.9]);
  });

  it("keeps the GeoNames point of a first-level region when a dump had the feature's row", () => {
    const donetsk = region({
      id: 'UA.05',
      kind: 'admin1',
      countryCode: 'UA',
      admin1Code: '05',
      name: 'Donetsk Oblast',
      labelPoint: [38.0, 48.2],
    });
    const f = regionFeature(gz, donetsk)!;
    expect(f.id).toBe(DONETSK_OBLAST_ID);
    expect([f.lat, f.lon]).toEqual([48.0, 37.5]);
  });
});
