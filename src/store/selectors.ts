import type { ArticleAnalysis, Claim } from '../core/types.ts';
import type {
  ArticleResult,
  CorpusResult,
  LonLat,
  PageArticle,
  RegionSummary,
} from '../worker/protocol.ts';
import type { AppState } from './app-store.ts';
import { buildClaimRows, hasClaimRows, prebuildClaimRows, type ClaimRow } from './claim-rows.ts';
import {
  facetCounts,
  filterAndSort,
  prepareRows,
  sortRows,
  type FacetCounts,
} from './filter-claims.ts';
import { memoizeRecent } from './memo.ts';
import {
  articleDay,
  claimsPerDay,
  reviewCounts,
  rowsInDateRange,
  rowsWithReview,
  type ArticleDays,
  type DayCount,
} from './refine-rows.ts';
import type { ReviewStatus } from '../core/io/workspace-file.ts';

const EMPTY_ROWS: ClaimRow[] = [];
const EMPTY_ANALYSES: ArticleAnalysis[] = [];

const rowsOf = memoizeRecent(buildClaimRows);

/**
 * The workspace's analyses in workspace order, each with its cross-article claims appended,
 * and every article's points and regions merged: what the list, the map and the panels read.
 */
export function buildCorpus(
  list: readonly PageArticle[],
  results: Readonly<Record<string, ArticleResult>>,
  cross: Readonly<Record<string, Claim[]>>,
  elapsedMs: number | null,
): CorpusResult {
  const analyses: ArticleAnalysis[] = [];
  const points: Record<string, LonLat> = {};
  const regions: Record<string, RegionSummary> = {};
  for (const article of list) {
    const r = results[article.id];
    if (!r) continue;
    const extra = cross[article.id];
    analyses.push(extra ? { ...r.analysis, claims: [...r.analysis.claims, ...extra] } : r.analysis);
    Object.assign(points, r.points);
    Object.assign(regions, r.regions);
  }
  return { analyses, points, regions, elapsedMs: elapsedMs ?? 0 };
}

const corpusOf = memoizeRecent(buildCorpus);

/** The analysed workspace (memoised), or null before it is opened. */
export function selectCorpus(s: AppState): CorpusResult | null {
  if (s.analysis.status !== 'done' && Object.keys(s.analysis.results).length === 0) return null;
  return corpusOf(s.articles.list, s.analysis.results, s.analysis.cross, s.analysis.elapsedMs);
}
const rowIndexOf = memoizeRecent((rows: ClaimRow[]) => new Map(rows.map((r) => [r.id, r])));
// Four: the list, and the review counts and timeline, which each leave one filter out.
const filteredOf = memoizeRecent(filterAndSort, 4);
const countsOf = memoizeRecent(facetCounts);
const analysisIndexOf = memoizeRecent(
  (analyses: ArticleAnalysis[]) => new Map(analyses.map((a) => [a.id, a])),
);
const mismatchesOf = memoizeRecent((rows: ClaimRow[], articleId: string | null) =>
  articleId
    ? sortRows(
        rows.filter((r) => r.articleId === articleId && r.claim.verdict === 'mismatch'),
        'article',
        'asc',
      )
    : EMPTY_ROWS,
);
const regionOptionsOf = memoizeRecent((rows: ClaimRow[]) => {
  const names = new Map<string, string>();
  for (const r of rows)
    if (r.regionId && !names.has(r.regionId)) names.set(r.regionId, r.regionName);
  return [...names]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
});

const mismatchCountOf = memoizeRecent((rows: ClaimRow[]) => {
  let n = 0;
  for (const r of rows) if (r.claim.verdict === 'mismatch') n++;
  return n;
});

/** Every claim of the corpus as a list row (memoised on the analysis result). */
export function selectClaimRows(s: AppState): ClaimRow[] {
  const r = selectCorpus(s);
  return r ? rowsOf(r.analyses, r.points, r.regions) : EMPTY_ROWS;
}

const daysOf = memoizeRecent((byId: AppState['articles']['byId']): ArticleDays =>
  Object.fromEntries(Object.values(byId).map((a) => [a.id, articleDay(a.date)])),
);
const inRangeOf = memoizeRecent(rowsInDateRange, 4);
const withReviewOf = memoizeRecent(rowsWithReview, 4);
const reviewCountsOf = memoizeRecent(reviewCounts);
const perDayOf = memoizeRecent(claimsPerDay);

/** Each article's day (`YYYY-MM-DD`) or null, by id. */
export function selectArticleDays(s: AppState): ArticleDays {
  return daysOf(s.articles.byId);
}

function inDateRange(s: AppState, rows: readonly ClaimRow[]): readonly ClaimRow[] {
  return inRangeOf(rows, selectArticleDays(s), s.filters.dateFrom, s.filters.dateTo);
}

/**
 * The claims the review and date filters let through, before the facet filters. With neither
 * set this is the row list itself, so the facet index and sort orders built on it are kept.
 */
function selectPrefilteredRows(s: AppState): ClaimRow[] {
  const rows = inDateRange(s, selectClaimRows(s));
  return withReviewOf(rows, s.reviews, s.filters.reviews) as ClaimRow[];
}

/** The claims that pass the filters, sorted: what the list and the map show. */
export function selectFilteredRows(s: AppState): ClaimRow[] {
  return filteredOf(selectPrefilteredRows(s), s.filters);
}

/** Counts for every filter choice. */
export function selectFacetCounts(s: AppState): FacetCounts {
  return countsOf(selectPrefilteredRows(s), s.filters);
}

/** How many claims each review status would show, given the other filters. */
export function selectReviewCounts(s: AppState): Record<ReviewStatus, number> {
  const rows = inDateRange(s, selectClaimRows(s)) as ClaimRow[];
  return reviewCountsOf(filteredOf(rows, s.filters), s.reviews);
}

const openCountOf = memoizeRecent(
  (rows: ClaimRow[], reviews: AppState['reviews']) => reviewCounts(rows, reviews).open,
);

/** How many of the listed claims nobody has reviewed or dismissed yet. */
export function selectOpenCount(s: AppState): number {
  return openCountOf(selectFilteredRows(s), s.reviews);
}

/**
 * Claims and mismatches per day over the claims every filter but the date range lets
 * through: the timeline shows what brushing it would choose from.
 */
export function selectTimeline(s: AppState): DayCount[] {
  const rows = withReviewOf(selectClaimRows(s), s.reviews, s.filters.reviews) as ClaimRow[];
  return perDayOf(filteredOf(rows, s.filters), selectArticleDays(s));
}

export function selectRowById(s: AppState, id: string | null): ClaimRow | null {
  if (!id) return null;
  return rowIndexOf(selectClaimRows(s)).get(id) ?? null;
}

/** The selected claim's row (even when the filters hide it), or null. */
export function selectSelectedRow(s: AppState): ClaimRow | null {
  return selectRowById(s, s.selection.claimId);
}

export function selectAnalyses(s: AppState): ArticleAnalysis[] {
  return selectCorpus(s)?.analyses ?? EMPTY_ANALYSES;
}

export function selectAnalysis(s: AppState, articleId: string | null): ArticleAnalysis | null {
  if (!articleId) return null;
  return analysisIndexOf(selectAnalyses(s)).get(articleId) ?? null;
}

/** The mismatches of the selected claim's article, in reading order (for explain mode). */
export function selectArticleMismatches(s: AppState): ClaimRow[] {
  return mismatchesOf(selectClaimRows(s), selectSelectedRow(s)?.articleId ?? null);
}

/** The claimed regions present in the corpus, by name, for the region filter. */
export function selectRegionOptions(s: AppState): { id: string; name: string }[] {
  return regionOptionsOf(selectClaimRows(s));
}

/** How many claims of the corpus are mismatches (whatever the filters). */
export function selectMismatchCount(s: AppState): number {
  return mismatchCountOf(selectClaimRows(s));
}

/** Claims whose rows one step of {@link derivationSteps} builds. */
const ROWS_PER_STEP = 20_000;

/**
 * What the list, the map and the panels will derive from state `s`, as separate steps
 * (rows, the facet index, sort orders, the filtered list, counts), each well under a frame
 * budget even for 100,000 claims. Run one per task before the store takes `s`, and the
 * update itself is then mostly memo hits: no single long task freezes the page.
 */
export function derivationSteps(s: AppState): (() => void)[] {
  const steps: (() => void)[] = [];
  let batch: ArticleResult[] = [];
  let claims = 0;
  const flush = () => {
    const b = batch;
    steps.push(() => prebuildClaimRows(b));
    batch = [];
    claims = 0;
  };
  for (const r of Object.values(s.analysis.results)) {
    if (hasClaimRows(r.analysis)) continue;
    batch.push(r);
    claims += r.analysis.claims.length;
    if (claims >= ROWS_PER_STEP) flush();
  }
  if (batch.length > 0) flush();
  const rows = () => selectClaimRows(s);
  steps.push(
    () => selectCorpus(s),
    rows,
    () => prepareRows.index(rows()),
    () => prepareRows.corpusOrder(rows()),
    () => prepareRows.sortOrder(rows(), s.filters.sort, s.filters.sortDir),
    () => selectFilteredRows(s),
    () => selectFacetCounts(s),
    () => {
      selectRegionOptions(s);
      selectMismatchCount(s);
      selectRowById(s, s.selection.claimId);
    },
    () => {
      selectReviewCounts(s);
      selectOpenCount(s);
      selectTimeline(s);
    },
  );
  return steps;
}
