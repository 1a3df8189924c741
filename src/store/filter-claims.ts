import type { Relation, Severity, Verdict } from '../core/types.ts';
import { foldSearch, type ClaimRow } from './claim-rows.ts';
import type { FilterState, SortDir, SortKey } from './types.ts';

/** The filters a row can pass or fail, in the order of {@link rowFacets}. */
export type Facet = 'verdict' | 'severity' | 'relation' | 'article' | 'region' | 'query';
const FACETS: readonly Facet[] = ['verdict', 'severity', 'relation', 'article', 'region', 'query'];

/** Per-facet counts: how many claims each choice would show, given the other filters. */
export interface FacetCounts {
  verdict: Record<Verdict, number>;
  severity: Record<Severity, number>;
  relation: Record<Relation, number>;
  article: Record<string, number>;
  region: Record<string, number>;
}

/** Which facets a row passes, as a bit set (bit i = FACETS[i]). */
function rowFacets(row: ClaimRow, f: FilterState, query: string): number {
  const c = row.claim;
  let bits = 0;
  if (f.verdicts.length === 0 || f.verdicts.includes(c.verdict)) bits |= 1;
  if (f.severities.length === 0 || f.severities.includes(c.severity)) bits |= 2;
  if (f.relations.length === 0 || f.relations.includes(c.relation)) bits |= 4;
  if (f.articleId === null || f.articleId === row.articleId) bits |= 8;
  if (f.regionId === null || f.regionId === row.regionId) bits |= 16;
  if (query === '' || row.search.includes(query)) bits |= 32;
  return bits;
}

const ALL = (1 << FACETS.length) - 1;

/** Whether a row passes every filter. */
export function matchesFilters(row: ClaimRow, filters: FilterState): boolean {
  return rowFacets(row, filters, foldSearch(filters.query.trim())) === ALL;
}

/** The rows that pass every filter, in the order the filters ask for. */
export function filterAndSort(rows: readonly ClaimRow[], filters: FilterState): ClaimRow[] {
  const query = foldSearch(filters.query.trim());
  const out = rows.filter((r) => rowFacets(r, filters, query) === ALL);
  return sortRows(out, filters.sort, filters.sortDir);
}

const VERDICT_RANK: Record<Verdict, number> = { mismatch: 2, unverifiable: 1, consistent: 0 };
const SEVERITY_RANK: Record<Severity, number> = { high: 2, medium: 1, low: 0 };

function byCorpusOrder(a: ClaimRow, b: ClaimRow): number {
  return (
    a.articleIndex - b.articleIndex ||
    a.claim.sentence - b.claim.sentence ||
    (a.mention?.start ?? 0) - (b.mention?.start ?? 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Distance with unknowns sorting after every known distance in either direction. */
function distanceOf(r: ClaimRow): number {
  return r.claim.distanceKm ?? -1;
}

const COMPARE: Record<SortKey, (a: ClaimRow, b: ClaimRow) => number> = {
  // "How bad": mismatches first, then severity, then how far off.
  severity: (a, b) =>
    VERDICT_RANK[a.claim.verdict] - VERDICT_RANK[b.claim.verdict] ||
    SEVERITY_RANK[a.claim.severity] - SEVERITY_RANK[b.claim.severity] ||
    distanceOf(a) - distanceOf(b),
  distance: (a, b) => distanceOf(a) - distanceOf(b),
  article: () => 0,
  place: (a, b) => a.placeName.localeCompare(b.placeName, 'en', { sensitivity: 'base' }),
};

/**
 * Sorts rows (a new array) by a key; ties are broken by corpus order (article, sentence,
 * offset), always ascending, so the list is stable and predictable.
 */
export function sortRows(rows: readonly ClaimRow[], key: SortKey, dir: SortDir): ClaimRow[] {
  const cmp = COMPARE[key];
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * cmp(a, b) || byCorpusOrder(a, b));
}

/**
 * Counts per filter choice, each facet counted with its own filter ignored and the others
 * applied (the usual faceted-search counts: "mismatch (7)" is what one click would show).
 */
export function facetCounts(rows: readonly ClaimRow[], filters: FilterState): FacetCounts {
  const query = foldSearch(filters.query.trim());
  const counts: FacetCounts = {
    verdict: { mismatch: 0, unverifiable: 0, consistent: 0 },
    severity: { high: 0, medium: 0, low: 0 },
    relation: {
      'in-region': 0,
      near: 0,
      direction: 0,
      'actor-region': 0,
      'article-outlier': 0,
      'cross-article': 0,
    },
    article: {},
    region: {},
  };
  for (const row of rows) {
    const bits = rowFacets(row, filters, query);
    const c = row.claim;
    // A row counts for facet i when it passes every facet except possibly i.
    if ((bits | 1) === ALL) counts.verdict[c.verdict]++;
    if ((bits | 2) === ALL) counts.severity[c.severity]++;
    if ((bits | 4) === ALL) counts.relation[c.relation] = (counts.relation[c.relation] ?? 0) + 1;
    if ((bits | 8) === ALL)
      counts.article[row.articleId] = (counts.article[row.articleId] ?? 0) + 1;
    if ((bits | 16) === ALL && row.regionId)
      counts.region[row.regionId] = (counts.region[row.regionId] ?? 0) + 1;
  }
  return counts;
}
