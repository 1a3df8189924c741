import type { Mention } from '../types.ts';
import type { Engine } from '../pipeline.ts';
import { foldKey } from '../text/fold-key.ts';

/**
 * The oblast a city's name also stands for ("Rostov's Grayvoron" = Rostov Oblast): the
 * region whose base name (an alias that needs a region word) is the city's name, when the
 * city lies in it.
 */
export function oblastOfCapital(y: Mention, engine: Engine): string | null {
  const entries = engine.lexicon.regionKeys.get(foldKey(y.text));
  const place = y.place;
  if (!entries || !place) return null;
  for (const e of entries) {
    if (e.bare) continue;
    const r = engine.regions.get(e.regionId);
    if (r && r.kind === 'admin1' && engine.regions.contains(r.id, place.lat, place.lon))
      return r.id;
  }
  return null;
}
