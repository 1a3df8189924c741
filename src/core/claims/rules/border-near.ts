/** near: "Narva, on Estonia's border with Russia", near the region's border (either side). */
import { assertedRegion, isLocated, type SentenceScope } from './sentence-scope.ts';

const BORDER_WORD = /border$/i;
const ON_THE = /^\s*,?\s*(?:on|near|along|at|by|close\s+to)\s+(?:the\s+)?$/i;

export function borderNear({ text, sentence, ms, regions, engine, add }: SentenceScope): void {
  for (const r of regions) {
    if (!BORDER_WORD.test(r.text)) continue;
    const before = ms.filter((m) => m.end <= r.start);
    const x = before[before.length - 1];
    if (!x || !isLocated(x)) continue;
    if (!ON_THE.test(text.slice(x.end, r.start))) continue;
    add(sentence.index, x, 'near', assertedRegion(r, engine), 'direct', {
      kind: 'border',
      word: 'border',
    });
  }
}
