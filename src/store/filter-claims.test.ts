import { describe, expect, it } from 'vitest';
import { buildClaimRows, foldSearch } from './claim-rows.ts';
import { facetCounts, filterAndSort, matchesFilters, sortRows } from './filter-claims.ts';
import { DEFAULT_FILTERS, type FilterState } from './types.ts';
import { ANALYSES, RESULT, TEXT_A, TEXT_B } from './test-analyses.ts';

const rows = buildClaimRows(RESULT.analyses, RESULT.points, RESULT.regions);
const ids = (list: { id: string }[]) => list.map((r) => r.id);
const f = (patch: Partial<FilterState>): FilterState => ({ ...DEFAULT_FILTERS, ...patch });

describe('the hand-made corpus', () => {
  it('has offsets that match its mention texts', () => {
    const texts: Record<string, string> = { a: TEXT_A, b: TEXT_B };
    for (const a of ANALYSES)
      for (const m of a.mentions) expect(texts[a.id].slice(m.start, m.end)).toBe(m.text);
  });
});

describe('buildClaimRows', () => {
  it('joins claims with mention, point and region names', () => {
    expect(rows).toHaveLength(4);
    const sevsk = rows.find((r) => r.id === 'a:c0')!;
    expect(sevsk.placeText).toBe('SevSk');
    expect(sevsk.placeName).toBe('Sevsk');
    expect(sevsk.point).toEqual([34.494, 52.149]);
    expect(sevsk.regionName).toBe('Donetsk Oblast');
  });
});

describe('filterAndSort', () => {
  it('shows everything by default, worst first', () => {
    expect(ids(filterAndSort(rows, DEFAULT_FILTERS))).toEqual(['a:c0', 'b:c1', 'b:c0', 'a:c1']);
  });

  it('"mismatches only" leaves exactly the mismatches', () => {
    const out = filterAndSort(rows, f({ verdicts: ['mismatch'] }));
    expect(ids(out).sort()).toEqual(['a:c0', 'b:c1']);
    expect(out.every((r) => r.claim.verdict === 'mismatch')).toBe(true);
  });

  it('combines facets with AND and values within a facet with OR', () => {
    expect(
      ids(filterAndSort(rows, f({ verdicts: ['mismatch', 'unverifiable'], articleId: 'b' }))),
    ).toEqual(['b:c1', 'b:c0']);
    expect(ids(filterAndSort(rows, f({ regionId: 'UA.05', severities: ['low'] })))).toEqual([
      'a:c1',
    ]);
    expect(ids(filterAndSort(rows, f({ relations: ['near', 'direction'] }))).sort()).toEqual([
      'b:c0',
      'b:c1',
    ]);
  });

  it('searches the text as written and the resolved name, ignoring case and accents', () => {
    expect(ids(filterAndSort(rows, f({ query: 'sevsk' })))).toEqual(['a:c0']);
    expect(ids(filterAndSort(rows, f({ query: '  KHÁRKIV ' })))).toEqual(['b:c1']);
    expect(foldSearch('Київ É')).toBe('киів e');
  });

  it('sorts by distance with unknown distances last, and by place and article', () => {
    expect(ids(sortRows(rows, 'distance', 'desc'))).toEqual(['a:c0', 'b:c1', 'a:c1', 'b:c0']);
    expect(ids(sortRows(rows, 'place', 'asc'))).toEqual(['b:c1', 'b:c0', 'a:c1', 'a:c0']);
    expect(ids(sortRows(rows, 'article', 'asc'))).toEqual(['a:c0', 'a:c1', 'b:c0', 'b:c1']);
  });

  it('matchesFilters agrees with filterAndSort', () => {
    const filters = f({ verdicts: ['mismatch'], query: 'k' });
    expect(
      rows
        .filter((r) => matchesFilters(r, filters))
        .map((r) => r.id)
        .sort(),
    ).toEqual(ids(filterAndSort(rows, filters)).sort());
  });
});

describe('facetCounts', () => {
  it('counts each choice with the other filters applied', () => {
    const counts = facetCounts(rows, f({ verdicts: ['mismatch'], articleId: 'b' }));
    // Verdict counts ignore the verdict filter but honour the article filter.
    expect(counts.verdict).toEqual({ mismatch: 1, unverifiable: 1, consistent: 0 });
    // Article counts ignore the article filter but honour the verdict filter.
    expect(counts.article).toEqual({ a: 1, b: 1 });
    expect(counts.severity).toEqual({ high: 0, medium: 1, low: 0 });
    expect(counts.region).toEqual({ 'UA.07': 1 });
  });
});

describe('at scale', () => {
  it('filters, sorts and counts 50,000 claims quickly', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => {
      const r = rows[i % rows.length];
      return { ...r, id: `${r.id}#${i}`, articleIndex: i % 500 };
    });
    const t0 = performance.now();
    const out = filterAndSort(many, f({ verdicts: ['mismatch'], query: 'k' }));
    const counts = facetCounts(many, f({ verdicts: ['mismatch'] }));
    const ms = performance.now() - t0;
    expect(out.length).toBe(25_000); // both mismatches (SevSk, Kharkiv) contain a "k"
    expect(counts.verdict.mismatch).toBe(25_000);
    // Generous bound for a shared CI machine; typically ~60 ms.
    expect(ms).toBeLessThan(1500);
  });
});

describe('the indexed filter', () => {
  // Rows with every verdict, severity and relation, repeated distances and names, in a
  // shuffled corpus order: the fast path must give exactly what the plain comparators give.
  const verdicts = ['mismatch', 'unverifiable', 'consistent'] as const;
  const severities = ['high', 'medium', 'low'] as const;
  const relations = ['in-region', 'near', 'direction'] as const;
  const names = ['Kyiv', 'kyiv', 'Sevsk', 'Élan', 'elan', 'Pokrovsk'];
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 16807) % 2147483647), seed % n);
  const many = Array.from({ length: 3000 }, (_, i) => {
    const r = rows[i % rows.length];
    return {
      ...r,
      id: `${r.id}#${i}`,
      articleIndex: rand(40),
      articleId: `art${rand(5)}`,
      regionId: rand(3) === 0 ? null : `R${rand(4)}`,
      placeName: names[rand(names.length)],
      claim: {
        ...r.claim,
        verdict: verdicts[rand(3)],
        severity: severities[rand(3)],
        relation: relations[rand(3)],
        distanceKm: rand(4) === 0 ? null : rand(50) / 2,
      },
    };
  });

  it('sorts and filters like the plain comparators, for every key and direction', () => {
    for (const sort of ['severity', 'distance', 'article', 'place'] as const)
      for (const sortDir of ['asc', 'desc'] as const)
        for (const patch of [{}, { verdicts: ['mismatch' as const] }, { articleId: 'art2' }]) {
          const filters = f({ sort, sortDir, ...patch });
          const expected = sortRows(
            many.filter((r) => matchesFilters(r, filters)),
            sort,
            sortDir,
          );
          expect(ids(filterAndSort(many, filters))).toEqual(ids(expected));
        }
  });

  it('counts like a plain loop', () => {
    const filters = f({ verdicts: ['mismatch'], regionId: 'R1' });
    const counts = facetCounts(many, filters);
    const severityOnly = many.filter((r) =>
      matchesFilters(r, { ...filters, severities: [] }),
    ).length;
    expect(counts.severity.high + counts.severity.medium + counts.severity.low).toBe(severityOnly);
    const mismatchesInR1 = many.filter(
      (r) => r.regionId === 'R1' && r.claim.verdict === 'mismatch',
    ).length;
    expect(counts.verdict.mismatch).toBe(mismatchesInR1);
  });
});
