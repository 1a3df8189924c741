import type { Relation, Severity, Verdict } from '../core/types.ts';
import { REVIEW_STATUSES, type ReviewStatus } from '../core/io/workspace-file.ts';
import { articleDay } from './refine-rows.ts';
import {
  DEFAULT_FILTERS,
  DEFAULT_SORT_DIR,
  RELATIONS,
  SEVERITIES,
  SORT_KEYS,
  VERDICTS,
  type FilterState,
  type MapView,
  type SortKey,
} from './types.ts';

/** Everything a shared link reproduces. */
export interface UrlState {
  claimId: string | null;
  articleOpen: boolean;
  explain: boolean;
  filters: FilterState;
  mapView: MapView | null;
}

export const DEFAULT_URL_STATE: UrlState = {
  claimId: null,
  articleOpen: false,
  explain: false,
  filters: DEFAULT_FILTERS,
  mapView: null,
};

/**
 * Query-string keys. Short, but readable in a pasted link:
 * `?claim=003:c2&v=mismatch&map=6.2/48.500/37.800`.
 */
const K = {
  claim: 'claim',
  article: 'article',
  explain: 'explain',
  verdict: 'v',
  severity: 'sev',
  relation: 'rel',
  articleFilter: 'art',
  region: 'reg',
  query: 'q',
  review: 'rev',
  from: 'from',
  to: 'to',
  sort: 'sort',
  dir: 'dir',
  map: 'map',
} as const;

/** Rounds the camera the way the URL stores it (about 10 m, 1/100 zoom level). */
export function roundMapView(v: MapView): MapView {
  return { lon: round(v.lon, 4), lat: round(v.lat, 4), zoom: round(v.zoom, 2) };
}

/**
 * Writes the state as a query string (without the leading `?`), leaving out defaults so a
 * plain link stays plain.
 */
export function encodeUrlState(state: UrlState): string {
  const p = new URLSearchParams();
  const f = state.filters;
  if (state.claimId) p.set(K.claim, state.claimId);
  if (state.articleOpen) p.set(K.article, '1');
  if (state.explain) p.set(K.explain, '1');
  if (f.verdicts.length) p.set(K.verdict, f.verdicts.join(','));
  if (f.severities.length) p.set(K.severity, f.severities.join(','));
  if (f.relations.length) p.set(K.relation, f.relations.join(','));
  if (f.articleId) p.set(K.articleFilter, f.articleId);
  if (f.regionId) p.set(K.region, f.regionId);
  if (f.query) p.set(K.query, f.query);
  if (f.reviews.length) p.set(K.review, f.reviews.join(','));
  if (f.dateFrom) p.set(K.from, f.dateFrom);
  if (f.dateTo) p.set(K.to, f.dateTo);
  if (f.sort !== DEFAULT_FILTERS.sort || f.sortDir !== DEFAULT_SORT_DIR[f.sort]) {
    p.set(K.sort, f.sort);
    p.set(K.dir, f.sortDir);
  }
  if (state.mapView) {
    const v = roundMapView(state.mapView);
    p.set(K.map, `${v.zoom}/${v.lat}/${v.lon}`);
  }
  // URLSearchParams escapes ':', ',' and '/'; all are allowed in a query string (RFC 3986
  // section 3.4) and the link reads better without the escapes.
  return p.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%2F/gi, '/');
}

/**
 * Reads the state from a query string (with or without `?`). Unknown or malformed values are
 * dropped rather than rejected: a hand-edited link still opens.
 */
export function decodeUrlState(search: string): UrlState {
  const p = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const list = <T extends string>(key: string, allowed: readonly T[]): T[] => {
    const raw = p.get(key);
    if (!raw) return [];
    const wanted = new Set(raw.split(','));
    return allowed.filter((v) => wanted.has(v));
  };
  const sortRaw = p.get(K.sort);
  const sort: SortKey = SORT_KEYS.includes(sortRaw as SortKey)
    ? (sortRaw as SortKey)
    : DEFAULT_FILTERS.sort;
  const dirRaw = p.get(K.dir);
  const sortDir = dirRaw === 'asc' || dirRaw === 'desc' ? dirRaw : DEFAULT_SORT_DIR[sort];
  const filters: FilterState = {
    verdicts: list<Verdict>(K.verdict, VERDICTS),
    severities: list<Severity>(K.severity, SEVERITIES),
    relations: list<Relation>(K.relation, RELATIONS),
    articleId: p.get(K.articleFilter) || null,
    regionId: p.get(K.region) || null,
    query: p.get(K.query) ?? '',
    reviews: list<ReviewStatus>(K.review, REVIEW_STATUSES),
    dateFrom: articleDay(p.get(K.from)),
    dateTo: articleDay(p.get(K.to)),
    sort,
    sortDir,
  };
  return {
    claimId: p.get(K.claim) || null,
    articleOpen: p.get(K.article) === '1',
    explain: p.get(K.explain) === '1',
    filters,
    mapView: parseMapView(p.get(K.map)),
  };
}

function parseMapView(raw: string | null): MapView | null {
  if (!raw) return null;
  const parts = raw.split('/').map(Number);
  if (parts.length !== 3 || !parts.every(Number.isFinite)) return null;
  const [zoom, lat, lon] = parts;
  if (zoom < 0 || zoom > 24 || Math.abs(lat) > 85.1 || Math.abs(lon) > 180) return null;
  return { zoom, lat, lon };
}

function round(x: number, digits: number): number {
  const k = 10 ** digits;
  return Math.round(x * k) / k;
}
