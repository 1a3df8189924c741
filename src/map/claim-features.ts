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
  /** Whether the user corrected the place (labelled so on the map). */
  corrected?: boolean;
}

/** How the user has marked a claim; dismissed claims are drawn faint. */
export type ClaimMark = 'reviewed' | 'dismissed';

const VERDICT_ORDER: Record<Verdict, number> = { consistent: 0, unverifiable: 1, mismatch: 2 };
const SEVERITY_ORDER: Record<Severity, number> = { low: 0, medium: 1, high: 2 };

/** How many claims sit on each point (their labels say so), and each claim's point key. */
export interface Stacks {
  keys: string[];
  atPoint: Map<string, number>;
}

/** Counts the claims on each point: the first, whole-list pass of {@link claimFeatures}. */
export function stackCounts(claims: readonly DrawableClaim[]): Stacks {
  const atPoint = new Map<string, number>();
  const keys: string[] = [];
  for (const c of claims) {
    const key = c.point ? `${c.point[0]},${c.point[1]}` : '';
    keys.push(key);
    if (c.point) atPoint.set(key, (atPoint.get(key) ?? 0) + 1);
  }
  return { keys, atPoint };
}

/**
 * Appends the features of `claims[from..to)` to `out`: the second pass of
 * {@link claimFeatures}, which a caller can run a slice at a time across tasks.
 */
export function appendClaimFeatures<T extends DrawableClaim>(
  out: GeoJSON.Feature<GeoJSON.Point>[],
  claims: readonly T[],
  stacks: Stacks,
  from: number,
  to: number,
  marks: (c: T) => ClaimMark | undefined = () => undefined,
): void {
  for (let i = from; i < to; i++) {
    const c = claims[i];
    if (!c.point) continue;
    const { verdict, severity, relation } = c.claim;
    const mark = marks(c);
    out.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: c.point },
      properties: {
        id: c.id,
        verdict,
        severity,
        relation,
        icon: relationIconId(relation),
        scale: SEVERITY_SCALE[severity],
        // Dismissed claims sort below every other claim, and are drawn faint.
        order: mark === 'dismissed' ? -1 : VERDICT_ORDER[verdict] * 3 + SEVERITY_ORDER[severity],
        dismissed: mark === 'dismissed',
        label: stackLabel(
          c.corrected ? `${c.placeText} (corrected)` : c.placeText,
          stacks.atPoint.get(stacks.keys[i]) ?? 1,
        ),
      },
    });
  }
}

/**
 * One Point feature per drawable claim, for the single clustered `claims` source. Properties
 * are flat scalars so style expressions can read them; `order` puts the worst claims on top.
 *
 * @example map.getSource('claims').setData(claimFeatures(filteredRows))
 */
export function claimFeatures<T extends DrawableClaim>(
  claims: readonly T[],
  marks: (c: T) => ClaimMark | undefined = () => undefined,
): GeoJSON.FeatureCollection<GeoJSON.Point> {
  const features: GeoJSON.Feature<GeoJSON.Point>[] = [];
  // Claims about the same place sit on one point; its label says how many there are.
  appendClaimFeatures(features, claims, stackCounts(claims), 0, claims.length, marks);
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
