/**
 * in-region: "Y ... including X, Z and W", "the Kharkiv region: Kupiansk, Izium and
 * Balakliia": every listed place inherits the region.
 */
import { LIST_GAP, assertedRegion, type SentenceScope } from './sentence-scope.ts';

const INCLUDING = /\b(?:including|such as|among them|notably|namely)\b|:/i;
/** The list word must come this soon after the region. */
const MAX_LEAD = 80;

export function includingList({
  text,
  sentence,
  places,
  regions,
  engine,
  add,
}: SentenceScope): void {
  for (const r of regions) {
    const rest = text.slice(r.end, sentence.end);
    const inc = INCLUDING.exec(rest);
    if (!inc || inc.index > MAX_LEAD) continue;
    const from = r.end + inc.index;
    const listed = places.filter((m) => m.start > from);
    let n = 0;
    while (
      n < listed.length &&
      (n === 0 || LIST_GAP.test(text.slice(listed[n - 1].end, listed[n].start)))
    )
      n++;
    // After a colon, only a list that starts right there ("Kharkiv region: Kupiansk, Izium
    // and Balakliia"); "Kyiv oblast: Drone footage ... in Markiv" is a heading, and the place
    // of its text is not enumerated under it.
    if (inc[0] === ':' && (n < 2 || !/^\s{0,2}$/.test(text.slice(from + 1, listed[0].start))))
      continue;
    for (let k = 0; k < n; k++)
      add(sentence.index, listed[k], 'in-region', assertedRegion(r, engine), 'direct');
  }
}
