import type * as GeoJSON from 'geojson';
import type { Claim, Severity, Verdict } from '../core/types.ts';

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

/**
 * A claim's feature properties. Kept to what the style cannot work out itself: the icon, its
 * size and the drawing order are expressions over these (see map-style.ts), because every
 * property of 100,000 features is copied to maplibre's worker.
 */
export interface ClaimProperties {
  id: string;
  verdict: Verdict;
  severity: Severity;
  relation: Claim['relation'];
  label: string;
  /** Present (true) only for dismissed claims. */
  dismissed?: true;
}

export type ClaimFeature = GeoJSON.Feature<GeoJSON.Point, ClaimProperties>;

/** A change to the drawn claims, as maplibre's GeoJSONSource.updateData takes it. */
export interface ClaimDiff {
  removeAll?: boolean;
  remove?: string[];
  add?: ClaimFeature[];
}

export const VERDICT_ORDER: Record<Verdict, number> = {
  consistent: 0,
  unverifiable: 1,
  mismatch: 2,
};
export const SEVERITY_ORDER: Record<Severity, number> = { low: 0, medium: 1, high: 2 };

/**
 * Which claim draws on top where several overlap: mismatches over the rest, then by severity;
 * dismissed claims below all. The style computes the same from the properties.
 */
export function claimOrder(p: Pick<ClaimProperties, 'verdict' | 'severity' | 'dismissed'>): number {
  return p.dismissed ? -1 : VERDICT_ORDER[p.verdict] * 3 + SEVERITY_ORDER[p.severity];
}

/** How many claims sit on each point (their labels say so), and each claim's point key. */
export interface Stacks {
  keys: Float64Array;
  atPoint: Map<number, number>;
}

/**
 * A number standing for a point: its coordinates to 1e-5° (about a metre, finer than any two
 * places in the gazetteer), packed exactly into a double (3.6e7 × 1.8e7 < 2^53). A numeric
 * Map key is several times faster than a string one.
 */
function pointKey([lon, lat]: readonly [number, number]): number {
  return (Math.round(lon * 1e5) + 18_100_000) * 18_200_000 + (Math.round(lat * 1e5) + 9_100_000);
}

/**
 * Counts the claims on each point: the first, whole-list pass of {@link claimFeatures}.
 * Counts claims [from, to) into `stacks`, so that a long list can be counted a slice per task
 * (claims before `from` must have been counted already).
 */
export function stackCounts(
  claims: readonly DrawableClaim[],
  stacks: Stacks = { keys: new Float64Array(claims.length), atPoint: new Map() },
  from = 0,
  to = claims.length,
): Stacks {
  const { keys, atPoint } = stacks;
  for (let i = from; i < to; i++) {
    const p = claims[i].point;
    if (!p) {
      keys[i] = NaN;
      continue;
    }
    const key = pointKey(p);
    keys[i] = key;
    atPoint.set(key, (atPoint.get(key) ?? 0) + 1);
  }
  return stacks;
}

/** The feature of claim `i` of a list, or null when the claim has no point. */
export function claimFeature<T extends DrawableClaim>(
  claims: readonly T[],
  i: number,
  stacks: Stacks,
  mark: ClaimMark | undefined,
): ClaimFeature | null {
  const c = claims[i];
  if (!c.point) return null;
  const { verdict, severity, relation } = c.claim;
  const properties: ClaimProperties = {
    id: c.id,
    verdict,
    severity,
    relation,
    label: stackLabel(
      c.corrected ? `${c.placeText} (corrected)` : c.placeText,
      stacks.atPoint.get(stacks.keys[i]) ?? 1,
    ),
  };
  if (mark === 'dismissed') properties.dismissed = true;
  return { type: 'Feature', geometry: pointGeometry(c.point), properties };
}

/**
 * One geometry object per point: claims about the same place share it (the page keeps one
 * array per point, see ResultInterner), so 100,000 claims about a few thousand places make a
 * few thousand geometries. Features are never changed once made, by us or by maplibre.
 */
const geometries = new WeakMap<readonly number[], GeoJSON.Point>();

function pointGeometry(point: [number, number]): GeoJSON.Point {
  let g = geometries.get(point);
  if (!g) geometries.set(point, (g = { type: 'Point', coordinates: point }));
  return g;
}

/**
 * One Point feature per drawable claim, for the single clustered `claims` source. Properties
 * are flat scalars so style expressions can read them.
 *
 * @example map.getSource('claims').setData(claimFeatures(filteredRows))
 */
export function claimFeatures<T extends DrawableClaim>(
  claims: readonly T[],
  marks: (c: T) => ClaimMark | undefined = () => undefined,
): GeoJSON.FeatureCollection<GeoJSON.Point, ClaimProperties> {
  const features: ClaimFeature[] = [];
  // Claims about the same place sit on one point; its label says how many there are.
  const stacks = stackCounts(claims);
  for (let i = 0; i < claims.length; i++) {
    const f = claimFeature(claims, i, stacks, marks(claims[i]));
    if (f) features.push(f);
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
