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
  const countries: GeoJSON.Feature[] = [];
  const admin1: GeoJSON.Feature[] = [];
  const regionLabels: GeoJSON.Feature[] = [];
  for (const r of regions.regions) {
    if (r.kind === 'composite') continue;
    const feature: GeoJSON.Feature = {
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

  return {
    countries: { type: 'FeatureCollection', features: countries },
    admin1: { type: 'FeatureCollection', features: admin1 },
    places: { type: 'FeatureCollection', features: places },
    regionLabels: { type: 'FeatureCollection', features: regionLabels },
  };
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
