import type * as GeoJSON from 'geojson';
import type { Suggestion } from '../core/types.ts';

/** Everything drawn for the selected claim. */
export interface SelectionOverlay {
  point: [number, number] | null;
  outline: GeoJSON.MultiPolygon | null;
  line: [[number, number], [number, number]] | null;
  /** Shown along the line, e.g. "412 km". */
  lineLabel: string;
  suggestions: readonly Suggestion[];
}

export interface SelectionCollections {
  point: GeoJSON.FeatureCollection;
  region: GeoJSON.FeatureCollection;
  line: GeoJSON.FeatureCollection;
  suggestions: GeoJSON.FeatureCollection;
}

const empty = (): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features: [] });

/** Splits an overlay into the four selection sources (all empty for no selection). */
export function selectionCollections(overlay: SelectionOverlay | null): SelectionCollections {
  const out: SelectionCollections = {
    point: empty(),
    region: empty(),
    line: empty(),
    suggestions: empty(),
  };
  if (!overlay) return out;
  if (overlay.point) {
    out.point.features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: overlay.point },
      properties: {},
    });
  }
  if (overlay.outline) {
    out.region.features.push({ type: 'Feature', geometry: overlay.outline, properties: {} });
  }
  if (overlay.line) {
    out.line.features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: overlay.line },
      properties: {},
    });
    // The distance is a point of its own at the middle of the line: a label placed along the
    // line would be placed once per map tile the line crosses (maplibre cuts a GeoJSON line
    // into tiles, each piece with its own centre), drawn over itself ("541 kn541 km").
    if (overlay.lineLabel)
      out.line.features.push({
        type: 'Feature',
        geometry: {
          type: 'Point',
          coordinates: mercatorMidpoint(overlay.line[0], overlay.line[1]),
        },
        properties: { label: overlay.lineLabel },
      });
  }
  for (const s of overlay.suggestions) {
    out.suggestions.features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [s.lon, s.lat] },
      properties: { name: s.name },
    });
  }
  return out;
}

/**
 * The middle of a straight line as the map draws it (Web Mercator): where a label at its
 * centre belongs.
 * @example mercatorMidpoint([0, 0], [10, 0]) // [5, 0]
 */
export function mercatorMidpoint(a: [number, number], b: [number, number]): [number, number] {
  const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const lat = (360 / Math.PI) * Math.atan(Math.exp((y(a[1]) + y(b[1])) / 2)) - 90;
  return [(a[0] + b[0]) / 2, lat];
}

/** `[w, s, e, n]` around an overlay's point, region and suggestions, or null when empty. */
export function overlayBounds(
  overlay: SelectionOverlay,
  outlineBounds: [number, number, number, number] | null,
): [number, number, number, number] | null {
  const xs: number[] = [];
  const ys: number[] = [];
  const add = (x: number, y: number) => {
    xs.push(x);
    ys.push(y);
  };
  if (overlay.point) add(...overlay.point);
  if (overlay.line) for (const p of overlay.line) add(...p);
  for (const s of overlay.suggestions) add(s.lon, s.lat);
  if (outlineBounds) {
    add(outlineBounds[0], outlineBounds[1]);
    add(outlineBounds[2], outlineBounds[3]);
  }
  if (xs.length === 0) return null;
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}
