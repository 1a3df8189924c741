/**
 * direction: "the Y direction / front / axis" sets the scene for its sentence and the next
 * DIRECTION_SCOPE_SENTENCES; the places in its scope are expected in or near Y. A sentence
 * naming a region of its own ends the scope.
 */
import type { Engine } from '../../engine.ts';
import type { Mention } from '../../types.ts';
import type { Directness } from '../claim-draft.ts';
import type { ArticleState, SentenceScope } from './sentence-scope.ts';

/** How many following sentences a "the Y direction" phrase sets the scene for. */
export const DIRECTION_SCOPE_SENTENCES = 3;

export function directionScope(scope: SentenceScope, state: ArticleState): void {
  const { sentence, ms, places, regions, engine, add } = scope;
  const dir = ms.find((m) => m.cues?.includes('direction'));
  if (dir) state.direction = { mention: dir, sentence: sentence.index };
  else if (
    state.direction &&
    (regions.length > 0 || sentence.index - state.direction.sentence > DIRECTION_SCOPE_SENTENCES)
  ) {
    state.direction = null;
  }
  if (!state.direction) return;
  const d = state.direction.mention;
  const directness: Directness =
    state.direction.sentence === sentence.index ? 'direct' : 'indirect';
  for (const x of places) {
    if (x === d || x.cues?.includes('direction')) continue;
    if (d.place && x.place && d.place.id === x.place.id) continue;
    const regionId = d.regionId ?? directionRegion(d, engine);
    add(
      sentence.index,
      x,
      'direction',
      {
        text: d.text + ' direction',
        regionId,
        name: regionId ? (engine.regions.get(regionId)?.name ?? d.text) : (d.place?.name ?? d.text),
        lat: d.place?.lat,
        lon: d.place?.lon,
      },
      directness,
      undefined,
      d.id,
    );
  }
}

/** A sentence without mentions: the direction's scope may run out. */
export function directionScopeSkip(sentenceIndex: number, state: ArticleState): void {
  if (state.direction && sentenceIndex - state.direction.sentence > DIRECTION_SCOPE_SENTENCES)
    state.direction = null;
}

/** The admin-1 region of a "Y direction" named after a city: the city's own region. */
function directionRegion(d: Mention, engine: Engine): string | null {
  if (!d.place) return null;
  const info = engine.regions.admin1ByGeoNamesCode(d.place.countryCode, d.place.admin1Code);
  return info ? info.id : null;
}
