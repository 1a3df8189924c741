import type { PlaceRef } from '../types.ts';
import type { RegionInfo } from '../regions/types.ts';
import type { Gazetteer } from './gazetteer.ts';

const MEMOS = new WeakMap<Gazetteer, Map<string, PlaceRef | null>>();

/**
 * The GeoNames feature of a country (PCLI) or first-level region (ADM1): its GeoNames id from
 * the code lists the data build merged (countryInfo.txt, admin1CodesASCII.txt), and its point:
 * the GeoNames point when the build had the feature's own row (a country dump), else the
 * representative point the build computed from its outline (the equal-area centroid of its
 * main landmasses, scripts/geonames/world-areas.ts), else the outline's label point: news
 * means a country's or a state's middle, not its capital (on GeoVirus, the label point put
 * 0.25 more of all toponyms within 161 km than the capital did, the representative point 0.04
 * more than the label point).
 * Null for composites (Donbas, the Baltic states) and when the build had no code lists.
 *
 * @example regionFeature(gz, regions.get('UA.05')!) // { id: 709716, featureCode: 'ADM1', ... }
 */
export function regionFeature(gz: Gazetteer, info: RegionInfo): PlaceRef | null {
  let memo = MEMOS.get(gz);
  if (!memo) MEMOS.set(gz, (memo = new Map()));
  let ref = memo.get(info.id);
  if (ref === undefined) {
    ref = makeFeature(gz, info);
    memo.set(info.id, ref);
  }
  return ref;
}

function makeFeature(gz: Gazetteer, info: RegionInfo): PlaceRef | null {
  const meta = gz.meta;
  const point = (m: { lat?: number; lon?: number }) =>
    m.lat !== undefined && m.lon !== undefined
      ? { lat: m.lat, lon: m.lon }
      : { lat: info.labelPoint[1], lon: info.labelPoint[0] };
  if (info.kind === 'country') {
    const c = meta.countries.find((x) => x.code === info.id);
    if (!c?.geonameId) return null;
    return {
      id: c.geonameId,
      name: info.name,
      ...point(c),
      countryCode: info.countryCode,
      admin1Code: '',
      admin1Name: '',
      featureCode: 'PCLI',
      population: 0,
      idSource: 'geonames',
    };
  }
  if (info.kind !== 'admin1' || !info.admin1Code) return null;
  const code = `${info.countryCode}.${info.admin1Code}`;
  const a = meta.admin1.find((x) => x.code === code);
  if (!a?.geonameId) return null;
  return {
    id: a.geonameId,
    name: info.name,
    ...point(a),
    countryCode: info.countryCode,
    admin1Code: info.admin1Code,
    admin1Name: info.name,
    featureCode: 'ADM1',
    population: 0,
    idSource: 'geonames',
  };
}
