import type { Engine } from '../engine.ts';
import type { IdSource, Mention, PlaceRef, Sentence } from '../types.ts';
import { findCoordinates } from '../recognize/coordinates.ts';

/**
 * Mentions for the coordinates written in a text: each a place at its own point (idSource
 * `coordinates`, precision `coordinates`), in the region and country that contain it.
 */
export function coordinateMentions(
  text: string,
  sentences: Sentence[],
  engine: Engine,
  articleId: string,
): Mention[] {
  const spans = findCoordinates(text);
  if (spans.length === 0) return [];
  const out: Mention[] = [];
  let n = 0;
  for (const c of spans) {
    const sentence = sentences.findIndex((s) => c.start >= s.start && c.start < s.end);
    const written = text.slice(c.start, c.end);
    out.push({
      id: `${articleId}:k${n++}`,
      sentence: Math.max(0, sentence),
      start: c.start,
      end: c.end,
      text: written,
      kind: 'place',
      place: pointPlace(
        engine,
        c.lat,
        c.lon,
        `${c.lat.toFixed(5)}, ${c.lon.toFixed(5)}`,
        'coordinates',
      ),
      regionId: null,
      precision: 'coordinates',
      confidence: 1,
      matchedBy: 'exact',
      alternatives: [],
      cues: undefined,
    });
  }
  return out;
}

/**
 * A place that is only a point (written coordinates, or a point the user put on the map): id 0,
 * no feature, in the region and country that contain it (rounded to 1e-5 degrees, about 1 m).
 */
export function pointPlace(
  engine: Engine,
  lat: number,
  lon: number,
  name: string,
  idSource: Extract<IdSource, 'coordinates' | 'manual'>,
): PlaceRef {
  const admin1 = engine.regions.admin1At(lat, lon);
  const region = admin1 ? engine.regions.get(admin1) : undefined;
  return {
    id: 0,
    name,
    lat: Math.round(lat * 1e5) / 1e5,
    lon: Math.round(lon * 1e5) / 1e5,
    countryCode: engine.regions.countryAt(lat, lon) ?? '',
    admin1Code: region?.admin1Code ?? '',
    admin1Name: region?.name ?? '',
    featureCode: '',
    population: 0,
    idSource,
  };
}
