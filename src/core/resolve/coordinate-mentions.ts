import type { Engine } from '../engine.ts';
import type { Mention, Sentence } from '../types.ts';
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
    const admin1 = engine.regions.admin1At(c.lat, c.lon);
    const region = admin1 ? engine.regions.get(admin1) : undefined;
    const written = text.slice(c.start, c.end);
    out.push({
      id: `${articleId}:k${n++}`,
      sentence: Math.max(0, sentence),
      start: c.start,
      end: c.end,
      text: written,
      kind: 'place',
      place: {
        id: 0,
        name: `${c.lat.toFixed(5)}, ${c.lon.toFixed(5)}`,
        lat: Math.round(c.lat * 1e5) / 1e5,
        lon: Math.round(c.lon * 1e5) / 1e5,
        countryCode: engine.regions.countryAt(c.lat, c.lon) ?? '',
        admin1Code: region?.admin1Code ?? '',
        admin1Name: region?.name ?? '',
        featureCode: '',
        population: 0,
        idSource: 'coordinates',
      },
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
