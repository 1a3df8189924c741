/** direction: "Ukraine's eastern front" for the places of the sentence. */
import type { SentenceScope } from './sentence-scope.ts';

const FRONT_OF_COUNTRY =
  /^['’]s\s+(eastern|southern|northern|western|central)\s+(?:front|flank|frontline|front line|regions?|borders?)\b/i;

export function frontOfCountry({
  text,
  sentence,
  places,
  regions,
  engine,
  add,
}: SentenceScope): void {
  for (const r of regions) {
    const info = r.regionId ? engine.regions.get(r.regionId) : undefined;
    if (!info || info.kind !== 'country') continue;
    const fm = FRONT_OF_COUNTRY.exec(text.slice(r.end, r.end + 40));
    if (!fm) continue;
    const compositeId = `@${fm[1].toLowerCase()}-${info.name.toLowerCase().replace(/\s+/g, '-')}`;
    const composite = engine.regions.get(compositeId);
    for (const x of places) {
      if (x === r) continue;
      add(
        sentence.index,
        x,
        'direction',
        composite
          ? { text: `${r.text}${fm[0]}`, regionId: compositeId, name: composite.name }
          : { text: `${r.text}${fm[0]}`, regionId: info.id, name: info.name },
        'direct',
      );
    }
  }
}
