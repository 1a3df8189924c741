import type * as GeoJSON from 'geojson';
import type { Claim, Severity, Verdict } from '../core/types.ts';
import { SEVERITY_SCALE } from './palette.ts';
import { relationIconId } from './relation-shapes.ts';

/** What the map needs of a claim (the store's ClaimRow has all of it). */
export interface DrawableClaim {
  id: string;
  claim: Claim;
  point: [number, number] | null;
  placeText: string;
}

const VERDICT_ORDER: Record<Verdict, number> = { consistent: 0, unverifiable: 1, mismatch: 2 };
const SEVERITY_ORDER: Record<Severity, number> = { low: 0, medium: 1, high: 2 };

/**
 * One Point feature per drawable claim, for the single clustered `claims` source. Properties
 * are flat scalars so style expressions can read them; `order` puts the worst claims on top.
 *
 * @example map.getSource('claims').setData(claimFeatures(filteredRows))
 */
export function claimFeatures(
  claims: readonly DrawableClaim[],
): GeoJSON.FeatureCollection<GeoJSON.Point> {
  const features: GeoJSON.Feature<GeoJSON.Point>[] = [];
  // Claims about the same place sit on one point; its label says how many there are.
  const atPoint = new Map<string, number>();
  for (const c of claims)
    if (c.point) atPoint.set(c.point.join(), (atPoint.get(c.point.join()) ?? 0) + 1);
  for (const c of claims) {
    if (!c.point) continue;
    const { verdict, severity, relation } = c.claim;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: c.point },
      properties: {
        id: c.id,
        verdict,
        severity,
        relation,
        icon: relationIconId(relation),
        scale: SEVERITY_SCALE[severity],
        order: VERDICT_ORDER[verdict] * 3 + SEVERITY_ORDER[severity],
        label: stackLabel(c.placeText, atPoint.get(c.point.join()) ?? 1),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

function stackLabel(text: string, count: number): string {
  return count > 1 ? `${text} (${count})` : text;
}

/** The bounding box of the features' points, `[w, s, e, n]`, or null for none. */
export function pointBounds(
  fc: GeoJSON.FeatureCollection<GeoJSON.Point>,
): [number, number, number, number] | null {
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  for (const f of fc.features) {
    const [x, y] = f.geometry.coordinates;
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return w === Infinity ? null : [w, s, e, n];
}
