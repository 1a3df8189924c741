import type * as GeoJSON from 'geojson';
import type { Engine } from '../core/pipeline.ts';
import type { BasemapData } from './protocol.ts';

/** Population thresholds of the label ranks 1..3 (rank 0 is a national capital). */
export const LABEL_RANK_POPULATION = [1_000_000, 500_000, 100_000] as const;

/** Smallest population labelled at all (rank 3 is shown only when zoomed in). */
export const MIN_LABEL_POPULATION = 50_000;

/**
 * Builds the offline basemap from our own data: country and admin-1 outlines from regions.bin
 * and labelled places from the gazetteer (national capitals and cities above
 * {@link MIN_LABEL_POPULATION}, ranked so the style can show big cities first).
 *
 * Runs once in the worker; the result is posted to the main thread as plain GeoJSON.
 *
 * @param engine - the loaded analysis engine
 * @returns country outlines, admin-1 outlines, place labels and admin-1 label points
 */
export function buildBasemap(engine: Engine): BasemapData {
  const { regions, gazetteer } = engine;
  const countries: GeoJSON.Feature<GeoJSON.MultiPolygon>[] = [];
  const admin1: GeoJSON.Feature<GeoJSON.MultiPolygon>[] = [];
  const regionLabels: GeoJSON.Feature[] = [];
  for (const r of regions.regions) {
    if (r.kind === 'composite') continue;
    const feature: GeoJSON.Feature<GeoJSON.MultiPolygon> = {
      type: 'Feature',
      geometry: roundGeometry(regions.geometry(r.id)),
      properties: { id: r.id, name: r.name },
    };
    if (r.kind === 'country') {
      countries.push(feature);
    } else {
      admin1.push(feature);
      regionLabels.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: r.labelPoint },
        properties: { id: r.id, name: r.name, country: r.countryCode },
      });
    }
  }

  const places: GeoJSON.Feature[] = [];
  const { population, lat, lon } = gazetteer;
  for (let i = 0, n = gazetteer.placeCount; i < n; i++) {
    const pop = population[i];
    // featureCodeOf is a table lookup, cheap enough to run for every place.
    const capital = gazetteer.featureCodeOf(i) === 'PPLC';
    if (!capital && pop < MIN_LABEL_POPULATION) continue;
    const rank = capital
      ? 0
      : pop >= LABEL_RANK_POPULATION[0]
        ? 1
        : pop >= LABEL_RANK_POPULATION[1]
          ? 2
          : 3;
    places.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [round4(lon[i]), round4(lat[i])] },
      properties: { name: gazetteer.name(i), rank, population: pop },
    });
  }
  // Bigger places first, so symbol placement keeps them when labels collide.
  places.sort(
    (a, b) => (b.properties!.population as number) - (a.properties!.population as number),
  );

  // Borders as lines, each edge once: drawn from the polygons' rings, every shared border was
  // drawn twice and every coast three times (country, admin-1 dashed over it), and line
  // vertices are what a frame costs most on a CPU renderer.
  const countryEdges = new EdgeSet();
  const countryLines = boundaryLines(countries, countryEdges);
  // Admin-1 lines: the borders inside countries only (coasts and national borders are drawn
  // by the country lines).
  const admin1Lines = boundaryLines(admin1, new EdgeSet(), countryEdges);

  return {
    countries: { type: 'FeatureCollection', features: countries },
    countryLines: { type: 'FeatureCollection', features: countryLines },
    admin1Lines: { type: 'FeatureCollection', features: admin1Lines },
    places: { type: 'FeatureCollection', features: places },
    regionLabels: { type: 'FeatureCollection', features: regionLabels },
  };
}

/**
 * The edges of polygons' rings as lines, each edge once: an edge already in `drawn` (shared
 * with a polygon before) or in `skip` is left out, and the edges that remain in a ring are
 * joined into runs. Edges compare by their end points, exactly; the outlines come from one
 * topology (countries are dissolved from admin-1, see build-regions.ts) and are rounded the
 * same way, so a shared border has the same points on both sides.
 *
 * @param drawn - edges drawn so far; the new ones are added
 * @param skip - edges drawn elsewhere
 * @returns one MultiLineString feature per polygon feature that has edges left
 */
export function boundaryLines(
  polygons: readonly GeoJSON.Feature<GeoJSON.MultiPolygon>[],
  drawn: EdgeSet,
  skip?: EdgeSet,
): GeoJSON.Feature<GeoJSON.MultiLineString>[] {
  const out: GeoJSON.Feature<GeoJSON.MultiLineString>[] = [];
  for (const f of polygons) {
    const runs: GeoJSON.Position[][] = [];
    for (const polygon of f.geometry.coordinates) {
      for (const ring of polygon) {
        let run: GeoJSON.Position[] | null = null;
        for (let i = 1; i < ring.length; i++) {
          const a = pointKey(ring[i - 1]);
          const b = pointKey(ring[i]);
          if (a === b || skip?.has(a, b) || !drawn.add(a, b)) {
            run = null;
            continue;
          }
          if (!run) runs.push((run = [ring[i - 1]]));
          run.push(ring[i]);
        }
      }
    }
    if (runs.length > 0)
      out.push({
        type: 'Feature',
        geometry: { type: 'MultiLineString', coordinates: runs },
        properties: { id: f.properties?.id },
      });
  }
  return out;
}

/** A set of undirected edges between points given as numbers (see pointKey). */
export class EdgeSet {
  private readonly byLow = new Map<number, number[]>();

  has(a: number, b: number): boolean {
    return this.byLow.get(Math.min(a, b))?.includes(Math.max(a, b)) ?? false;
  }

  /** Adds the edge; false when it was there already. */
  add(a: number, b: number): boolean {
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    const list = this.byLow.get(lo);
    if (!list) {
      this.byLow.set(lo, [hi]);
      return true;
    }
    if (list.includes(hi)) return false;
    list.push(hi);
    return true;
  }
}

/** A rounded point (4 decimals) as one exact number: 3.6e6 × 1.8e6 steps fit in 2^53. */
function pointKey(p: GeoJSON.Position): number {
  return (Math.round(p[0] * 1e4) + 1_800_000) * 1_800_001 + (Math.round(p[1] * 1e4) + 900_000);
}

/**
 * Rounds coordinates to 4 decimals (~10 m, far finer than the simplified outlines), which
 * halves the GeoJSON text: Float32 values print with ~15 digits.
 */
function roundGeometry(g: GeoJSON.MultiPolygon): GeoJSON.MultiPolygon {
  for (const polygon of g.coordinates) {
    for (const ring of polygon) {
      for (const p of ring) {
        p[0] = round4(p[0]);
        p[1] = round4(p[1]);
      }
    }
  }
  return g;
}

function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
