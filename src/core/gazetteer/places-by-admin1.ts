import type { Gazetteer } from './gazetteer.ts';

const cache = new WeakMap<Gazetteer, Map<string, number[]>>();

/**
 * Place indexes grouped by admin-1 key (`UA.05`), built once per gazetteer on first use
 * (one pass over the place columns).
 * @example placesByAdmin1(gz).get('UA.05') // every place in Donetsk Oblast
 */
export function placesByAdmin1(gz: Gazetteer): Map<string, number[]> {
  let index = cache.get(gz);
  if (!index) {
    index = new Map();
    for (let p = 0; p < gz.placeCount; p++) {
      const key = gz.admin1Key(p);
      if (!key) continue;
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      list.push(p);
    }
    cache.set(gz, index);
  }
  return index;
}
