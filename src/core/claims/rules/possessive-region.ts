/** in-region: "Y's X", as in "Kharkiv region's Kupiansk", "Russia's Sevsk". */
import { POSSESSIVE_GAP, assertedRegion, isLocated, type SentenceScope } from './sentence-scope.ts';

export function possessiveRegion({
  text,
  sentence,
  ms,
  regions,
  engine,
  add,
}: SentenceScope): void {
  for (const r of regions) {
    const after = ms.find((m) => m.start >= r.end);
    if (!after || !isLocated(after)) continue;
    if (POSSESSIVE_GAP.test(text.slice(r.end, after.start)))
      add(sentence.index, after, 'in-region', assertedRegion(r, engine), 'direct');
  }
}
