/** in-region: "Rostov's Grayvoron", an oblast named after its capital, in the possessive. */
import { oblastOfCapital } from '../oblast-of-capital.ts';
import { POSSESSIVE_GAP, isLocated, type SentenceScope } from './sentence-scope.ts';

export function possessiveCapital({
  text,
  sentence,
  ms,
  places,
  engine,
  add,
}: SentenceScope): void {
  for (const y of places) {
    if (!y.cues?.includes('possessive') || !y.place) continue;
    const after = ms.find((m) => m.start >= y.end);
    if (!after || !isLocated(after) || !POSSESSIVE_GAP.test(text.slice(y.end, after.start)))
      continue;
    const regionId = oblastOfCapital(y, engine);
    if (!regionId) continue;
    const info = engine.regions.get(regionId)!;
    add(
      sentence.index,
      after,
      'in-region',
      { text: `${y.text}'s`, regionId, name: info.name },
      'direct',
    );
  }
}
