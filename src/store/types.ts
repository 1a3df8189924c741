import type { Relation, Severity, Verdict } from '../core/types.ts';
import type { ReviewStatus } from '../core/io/workspace-file.ts';

export const VERDICTS: readonly Verdict[] = ['mismatch', 'unverifiable', 'consistent'];
export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];
export const RELATIONS: readonly Relation[] = [
  'in-region',
  'near',
  'direction',
  'actor-region',
  'article-outlier',
  'cross-article',
];

export type SortKey = 'severity' | 'distance' | 'article' | 'place';
export const SORT_KEYS: readonly SortKey[] = ['severity', 'distance', 'article', 'place'];
export type SortDir = 'asc' | 'desc';

/** The natural direction of each sort: worst, farthest first; articles and places A-Z. */
export const DEFAULT_SORT_DIR: Record<SortKey, SortDir> = {
  severity: 'desc',
  distance: 'desc',
  article: 'asc',
  place: 'asc',
};

/** What the list and the map show. Empty arrays and nulls mean "no restriction". */
export interface FilterState {
  verdicts: Verdict[];
  severities: Severity[];
  relations: Relation[];
  articleId: string | null;
  /** Id of the asserted (claimed) region. */
  regionId: string | null;
  /** Place-name search, matched against the text as written, the resolved and the claimed name. */
  query: string;
  /** Review statuses to show; a claim without a review counts as `open`. */
  reviews: ReviewStatus[];
  /** First and last day (`YYYY-MM-DD`, inclusive) of the articles' dates; undated claims are hidden when either is set. */
  dateFrom: string | null;
  dateTo: string | null;
  sort: SortKey;
  sortDir: SortDir;
}

export const DEFAULT_FILTERS: FilterState = {
  verdicts: [],
  severities: [],
  relations: [],
  articleId: null,
  regionId: null,
  query: '',
  reviews: [],
  dateFrom: null,
  dateTo: null,
  sort: 'severity',
  sortDir: 'desc',
};

/** The map camera as stored in the URL. */
export interface MapView {
  lon: number;
  lat: number;
  zoom: number;
}

export type AnalysisStatus = 'idle' | 'loading' | 'analysing' | 'done' | 'error';
