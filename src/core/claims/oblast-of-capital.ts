import type { Mention, PlaceRef } from '../types.ts';
import type { Engine } from '../engine.ts';
import { foldKey } from '../text/fold-key.ts';

/** Memo per engine: mention text -> place -> answer (claims ask this of every place mention). */
const MEMOS = new WeakMap<Engine, Map<string, Map<PlaceRef, string | null>>>();
const MEMO_SIZE = 20_000;

/**
 * The oblast a city's name also stands for ("Rostov's Grayvoron" = Rostov Oblast): the
 * region whose base name (an alias that needs a region word) is the city's name, when the
 * city lies in it. Memoised: the answer depends on the text and the place only, and asking
 * costs a point-in-polygon test.
 */
export function oblastOfCapital(y: Mention, engine: Engine): string | null {
  const place = y.place;
  if (!place) return null;
  let memo = MEMOS.get(engine);
  if (!memo) MEMOS.set(engine, (memo = new Map()));
  let byPlace = memo.get(y.text);
  if (!byPlace) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(y.text, (byPlace = new Map()));
  }
  let answer = byPlace.get(place);
  if (answer === undefined) {
    answer = computeOblastOfCapital(y.text, place, engine);
    byPlace.set(place, answer);
  }
  return answer;
}

function computeOblastOfCapital(text: string, place: PlaceRef, engine: Engine): string | null {
  const entries = engine.lexicon.regionKeys.get(foldKey(text));
  if (!entries) return null;
  for (const e of entries) {
    if (e.bare) continue;
    const r = engine.regions.get(e.regionId);
    if (r && r.kind === 'admin1' && engine.regions.contains(r.id, place.lat, place.lon))
      return r.id;
  }
  return null;
}
