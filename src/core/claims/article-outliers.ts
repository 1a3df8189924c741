import type { Claim, Mention } from '../types.ts';
import { haversineKm } from '../geo/haversine-km.ts';

/** Places within this distance of each other form the article's core geography. */
export const CORE_RADIUS_KM = 100;
/** A place this far from every core place is an outlier of the article's geography. */
export const OUTLIER_KM = 300;

export interface OutlierFinding {
  subject: Mention;
  asserted: Claim['asserted'];
  distanceKm: number;
}

/**
 * Places used as locations (not actors) that lie far from the rest of the article: a
 * withdrawal "from Kyiv" in an article whose other places are all around Pokrovsk. The core
 * is the largest group of distinct places within CORE_RADIUS_KM of one another; it must hold
 * at least two places and more distinct places than the outliers, so that an article about
 * several far-apart places flags nothing.
 */
export function articleOutliers(mentions: Mention[]): OutlierFinding[] {
  const distinct = new Map<number, Mention[]>();
  for (const m of mentions) {
    if (m.kind !== 'place' || !m.place || m.precision !== 'place') continue;
    const list = distinct.get(m.place.id) ?? [];
    list.push(m);
    distinct.set(m.place.id, list);
  }
  const pts = [...distinct.values()].map((ms) => ms[0].place!);
  if (pts.length < 3) return [];
  let core: number[] = [];
  for (let i = 0; i < pts.length; i++) {
    const group = [];
    for (let j = 0; j < pts.length; j++) {
      if (haversineKm(pts[i].lat, pts[i].lon, pts[j].lat, pts[j].lon) <= CORE_RADIUS_KM)
        group.push(j);
    }
    if (group.length > core.length) core = group;
  }
  if (core.length < 2) return [];
  const outliers: { idx: number; d: number }[] = [];
  for (let i = 0; i < pts.length; i++) {
    if (core.includes(i)) continue;
    let d = Infinity;
    for (const j of core)
      d = Math.min(d, haversineKm(pts[i].lat, pts[i].lon, pts[j].lat, pts[j].lon));
    if (d > OUTLIER_KM) outliers.push({ idx: i, d });
  }
  if (outliers.length === 0 || outliers.length >= core.length) return [];
  const corePlaces = core.map((j) => pts[j]);
  const lat = corePlaces.reduce((a, p) => a + p.lat, 0) / corePlaces.length;
  const lon = corePlaces.reduce((a, p) => a + p.lon, 0) / corePlaces.length;
  const names = corePlaces.map((p) => p.name).join(', ');
  const out: OutlierFinding[] = [];
  for (const o of outliers) {
    for (const m of distinct.get(pts[o.idx].id)!) {
      out.push({
        subject: m,
        asserted: {
          text: `the article's other places (${names})`,
          regionId: null,
          name: `the area of ${names}`,
          lat: Math.round(lat * 1e5) / 1e5,
          lon: Math.round(lon * 1e5) / 1e5,
        },
        distanceKm: Math.round(o.d),
      });
    }
  }
  return out;
}
