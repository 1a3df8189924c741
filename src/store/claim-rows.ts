import type { ArticleAnalysis, Claim, Mention } from '../core/types.ts';
import type { LonLat, RegionSummary } from '../worker/protocol.ts';
import { claimKey } from '../core/io/workspace-file.ts';
import { isCorrected } from '../core/io/format-output.ts';

/** One claim joined with what the list, filters and map need about it. */
export interface ClaimRow {
  id: string;
  /** Stable across re-analysis (see claimKey): what reviews are attached to. */
  key: string;
  /** Whether the user corrected the claim's place. */
  corrected: boolean;
  claim: Claim;
  articleId: string;
  /** Position of the article in the corpus, for sorting by article. */
  articleIndex: number;
  mention: Mention | null;
  point: LonLat | null;
  /** The place as written in the article. */
  placeText: string;
  /** The resolved place (or fallback region) name, else the text as written. */
  placeName: string;
  /** Id of the claimed region, or null for claims anchored on a place. */
  regionId: string | null;
  regionName: string;
}

/**
 * Folds text for search (see searchText in filter-claims.ts): lower case, accents removed (NFD minus combining marks), so "kyiv"
 * finds "Kyiv" and "sevsk" finds "SevSk".
 */
export function foldSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * Rows already built, per article analysis (an immutable object from the worker). Adding
 * articles to a corpus of 100,000 claims then builds rows for the new articles only, and
 * {@link prebuildClaimRows} can build them while the results are still arriving.
 */
const rowCache = new WeakMap<ArticleAnalysis, ClaimRow[]>();

function articleRows(
  a: ArticleAnalysis,
  articleIndex: number,
  points: Readonly<Record<string, LonLat>>,
  regions: Readonly<Record<string, RegionSummary>>,
): ClaimRow[] {
  const cached = rowCache.get(a);
  if (cached) {
    // Rows are derived data, never store state: moving an article only renumbers its rows.
    for (const row of cached) row.articleIndex = articleIndex;
    return cached;
  }
  const rows: ClaimRow[] = [];
  const mentions = new Map(a.mentions.map((m) => [m.id, m]));
  for (const claim of a.claims) {
    const mention = mentions.get(claim.mention) ?? null;
    const regionName = mention?.regionId ? regions[mention.regionId]?.name : undefined;
    const placeText = mention?.text ?? '';
    const placeName = mention?.place?.name ?? regionName ?? placeText;
    const claimedName = claim.asserted.regionId
      ? (regions[claim.asserted.regionId]?.name ?? claim.asserted.name)
      : claim.asserted.name;
    rows.push({
      id: claim.id,
      key: claimKey(a.id, claim, mention),
      corrected: isCorrected(mention ?? undefined),
      claim,
      articleId: a.id,
      articleIndex,
      mention,
      point: points[claim.mention] ?? null,
      placeText,
      placeName,
      regionId: claim.asserted.regionId,
      regionName: claimedName,
    });
  }
  rowCache.set(a, rows);
  return rows;
}

/**
 * Builds (and keeps) the rows of articles as their results arrive, each with its own points
 * and regions, so that listing the whole corpus afterwards is mostly lookups.
 */
export function prebuildClaimRows(
  results: readonly {
    analysis: ArticleAnalysis;
    points: Readonly<Record<string, LonLat>>;
    regions: Readonly<Record<string, RegionSummary>>;
  }[],
): void {
  for (const r of results) articleRows(r.analysis, -1, r.points, r.regions);
}

/** Whether the rows of an analysis are built already (see prebuildClaimRows). */
export function hasClaimRows(a: ArticleAnalysis): boolean {
  return rowCache.has(a);
}

/**
 * Joins every claim of the corpus with its mention, point and region names.
 *
 * @param analyses - the corpus analysis, in corpus order
 * @param points - mention id -> drawn point
 * @param regions - region summaries by id
 */
export function buildClaimRows(
  analyses: readonly ArticleAnalysis[],
  points: Readonly<Record<string, LonLat>>,
  regions: Readonly<Record<string, RegionSummary>>,
): ClaimRow[] {
  const rows: ClaimRow[] = [];
  analyses.forEach((a, articleIndex) => {
    for (const row of articleRows(a, articleIndex, points, regions)) rows.push(row);
  });
  return rows;
}
