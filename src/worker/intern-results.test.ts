import { describe, expect, it } from 'vitest';
import { ResultInterner } from './intern-results.ts';
import type { ArticleResult } from './protocol.ts';
import { SNAPSHOT } from '../store/test-analyses.ts';

/** The test corpus's results as one answer of the worker brings them: fresh copies of all. */
const answer = (): ArticleResult[] => structuredClone(SNAPSHOT.results);

/** Two answers interned by one interner, as the client interns every answer it gets. */
function twoAnswers(): { a: ArticleResult[]; b: ArticleResult[]; interner: ResultInterner } {
  const a = answer();
  const b = answer();
  const interner = new ResultInterner();
  interner.internResults(a);
  interner.internResults(b);
  return { a, b, interner };
}

describe('ResultInterner', () => {
  it('makes every copy of a place the same object, across results and alternatives', () => {
    const a = answer();
    const b = answer();
    // A copy of article b's Kyiv as an alternative of article a's first mention.
    const kyiv = b[1].analysis.mentions[0].place!;
    b[0].analysis.mentions[0].alternatives.push({ place: structuredClone(kyiv), score: 0.5 });
    const table = new ResultInterner();
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
    new ResultInterner().internResults(r);
    expect(r[0].analysis.mentions[0].place).toBeNull();
  });

  // (Whether two equal strings are one object cannot be seen from JavaScript: the words are
  // checked for keeping their values.)
  it('keeps every value, and makes every empty list one frozen array', () => {
    const { a, b } = twoAnswers();
    expect(a).toEqual(SNAPSHOT.results);
    expect(b).toEqual(SNAPSHOT.results);
    const empties = a
      .flatMap((r) => r.analysis.claims)
      .map((c) => c.related)
      .filter((l) => l.length === 0);
    expect(empties.length).toBeGreaterThan(1);
    for (const l of empties) expect(l).toBe(empties[0]);
    expect(Object.isFrozen(empties[0])).toBe(true);
  });

  it('interns cross-article claims', () => {
    const claim = structuredClone(SNAPSHOT.results[0].analysis.claims[0]);
    claim.related = [];
    const other = structuredClone(claim);
    new ResultInterner().internCross({ a: [claim], b: [other] });
    expect(other.related).toBe(claim.related);
    expect(other).toEqual({ ...SNAPSHOT.results[0].analysis.claims[0], related: [] });
  });

  it('makes every copy of a point one array, and keeps articles equal', () => {
    const { a, b, interner } = twoAnswers();
    for (const id of Object.keys(a[0].points)) expect(b[0].points[id]).toBe(a[0].points[id]);
    expect(a).toEqual(SNAPSHOT.results);
    const articles = structuredClone(SNAPSHOT.articles);
    interner.internArticles(articles);
    expect(articles).toEqual(SNAPSHOT.articles);
  });
});

describe('ResultInterner lists', () => {
  it('makes every copy of a list of cues one frozen array, keeping its words', () => {
    const withCues = (): ArticleResult[] => {
      const r = answer();
      for (const m of r.flatMap((x) => x.analysis.mentions)) m.cues = ['direction', 'near'];
      return r;
    };
    const [a, b] = [withCues(), withCues()];
    const table = new ResultInterner();
    table.internResults(a);
    table.internResults(b);
    const ma = a.flatMap((x) => x.analysis.mentions);
    const mb = b.flatMap((x) => x.analysis.mentions);
    expect(ma.length).toBeGreaterThan(1);
    ma.forEach((m, i) => {
      expect(m.cues).toEqual(['direction', 'near']);
      expect(m.cues).toBe(ma[0].cues);
      expect(mb[i].cues).toBe(m.cues);
    });
    expect(Object.isFrozen(ma[0].cues)).toBe(true);
    const interner = new ResultInterner();
    const list = ['direction', 'container:UA.07'];
    const copy = interner.wordList([...list]);
    expect(interner.wordList([...list])).toBe(copy);
    expect(copy).toEqual(list);
    expect(interner.wordList(['direction'])).not.toBe(copy);
  });

  it("gives a result the article's title and source strings, keeping their values", () => {
    const m = {
      type: 'workspace' as const,
      requestId: 1,
      snapshot: structuredClone(SNAPSHOT),
      storage: 'memory' as const,
      storageProblem: null,
    };
    new ResultInterner().internMessage(m);
    expect(m.snapshot).toEqual(SNAPSHOT);
  });
});
