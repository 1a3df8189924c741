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
