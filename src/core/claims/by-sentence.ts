import type { Mention } from '../types.ts';

/**
 * Mentions grouped by sentence, each group in text order. Resolution emits mentions in text
 * order already, so a group is sorted only when it is not (sorting small arrays allocates,
 * and this runs for every sentence of every article).
 */
export function mentionsBySentence(
  mentions: readonly Mention[],
  keep?: (m: Mention) => boolean,
): Map<number, Mention[]> {
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    if (keep && !keep(m)) continue;
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  for (const list of bySentence.values()) {
    for (let i = 1; i < list.length; i++) {
      if (list[i].start < list[i - 1].start) {
        list.sort((a, b) => a.start - b.start);
        break;
      }
    }
  }
  return bySentence;
}
