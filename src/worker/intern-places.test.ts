import { describe, expect, it } from 'vitest';
import { PlaceTable } from './intern-places.ts';
import type { ArticleResult } from './protocol.ts';
import { SNAPSHOT } from '../store/test-analyses.ts';

/** The test corpus's results as one answer of the worker brings them: fresh copies of all. */
const answer = (): ArticleResult[] => structuredClone(SNAPSHOT.results);

describe('PlaceTable', () => {
  it('makes every copy of a place the same object, across results and alternatives', () => {
    const a = answer();
    const b = answer();
    // A copy of article b's Kyiv as an alternative of article a's first mention.
    const kyiv = b[1].analysis.mentions[0].place!;
    b[0].analysis.mentions[0].alternatives.push({ place: structuredClone(kyiv), score: 0.5 });
    const table = new PlaceTable();
    table.internResults(a);
    table.internResults(b);
    const [ma, mb] = [a[0].analysis.mentions[0], b[0].analysis.mentions[0]];
    expect(ma.place).not.toBe(SNAPSHOT.results[0].analysis.mentions[0].place);
    expect(mb.place).toBe(ma.place);
    expect(mb.alternatives[0].place).toBe(a[1].analysis.mentions[0].place);
    expect(mb.alternatives[0].place).toEqual(kyiv);
    expect(table.size).toBe(4);
    expect(b[0].regions['UA.05']).toBe(a[0].regions['UA.05']);
  });

  it('leaves unresolved mentions alone', () => {
    const r = answer();
    r[0].analysis.mentions[0].place = null;
    new PlaceTable().internResults(r);
    expect(r[0].analysis.mentions[0].place).toBeNull();
  });
});
