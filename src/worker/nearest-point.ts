import type * as GeoJSON from 'geojson';
import type { LonLat } from './protocol.ts';

const RAD = Math.PI / 180;

/**
 * The point of a (multi)polygon's boundary nearest to `[lon, lat]`.
 *
 * Each segment is searched on a local equirectangular projection centred on the query point
 * (longitudes scaled by the cosine of the mean latitude), the same approximation
 * `RegionSet.distanceKm` uses, so the line drawn on the map ends where that distance was
 * measured. Good to well under 1% below ~1,000 km.
 *
 * @param geometry - a Polygon or MultiPolygon, rings closed or open
 * @param point - `[lon, lat]`
 * @returns the nearest boundary point, or null for an empty geometry
 * @example nearestPointOnOutline(square, [5, 0.5]) // -> [1, 0.5] for the unit square
 */
export function nearestPointOnOutline(
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon,
  point: LonLat,
): LonLat | null {
  const [lon, lat] = point;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best2 = Infinity;
  let bestLon = lon;
  let bestLat = lat;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const n = ring.length;
      if (n === 0) continue;
      let ax = ring[n - 1][0];
      let ay = ring[n - 1][1];
      for (let i = 0; i < n; i++) {
        const bx = ring[i][0];
        const by = ring[i][1];
        const k = Math.cos(((ay + by) * 0.5 + lat) * 0.5 * RAD);
        const x0 = wrapLon(ax - lon) * k;
        const y0 = ay - lat;
        const sx = wrapLon(bx - ax) * k;
        const sy = by - ay;
        const len2 = sx * sx + sy * sy;
        let t = len2 > 0 ? -(x0 * sx + y0 * sy) / len2 : 0;
        if (t < 0) t = 0;
        else if (t > 1) t = 1;
        const px = x0 + t * sx;
        const py = y0 + t * sy;
        const d2 = px * px + py * py;
        if (d2 < best2) {
          best2 = d2;
          bestLon = lon + (k > 0 ? px / k : 0);
          bestLat = lat + py;
        }
        ax = bx;
        ay = by;
      }
    }
  }
  return best2 === Infinity ? null : [bestLon, bestLat];
}

/** Bounding box `[w, s, e, n]` of a (multi)polygon's exterior rings, or null when empty. */
export function outlineBounds(
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon,
): [number, number, number, number] | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  for (const polygon of polygons) {
    const ring = polygon[0];
    if (!ring) continue;
    for (const [x, y] of ring) {
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
  }
  return w === Infinity ? null : [w, s, e, n];
}

function wrapLon(d: number): number {
  return d > 180 ? d - 360 : d < -180 ? d + 360 : d;
}
