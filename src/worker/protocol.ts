/**
 * Messages between the main thread and the analysis worker. Everything is structured-clone
 * data (no classes, no functions), so the same types describe both ends.
 */
import type { DuplicateArticle } from './skip-duplicates.ts';
import type * as GeoJSON from 'geojson';
import type { ArticleAnalysis, ArticleInput, Claim, MatchedBy, PlaceRef } from '../core/types.ts';
import type { ClaimReview, Workspace, WorkspaceArticle } from '../core/io/workspace-file.ts';
import type { DecodedText } from '../core/io/decode-bytes.ts';
import type { GazetteerSummary } from '../core/gazetteer/gazetteer-summary.ts';

/** `[lon, lat]` in degrees. */
export type LonLat = [number, number];

/** `[west, south, east, north]` in degrees. */
export type Bounds = [number, number, number, number];

/** What the app needs to know about a region that claims or mentions refer to. */
export interface RegionSummary {
  id: string;
  name: string;
  kind: 'admin1' | 'country' | 'composite';
  countryName: string;
  bbox: Bounds;
}

/** The result of analysing a corpus, plus the drawing data that needs the engine. */
export interface CorpusResult {
  analyses: ArticleAnalysis[];
  /** Mention id -> where it is drawn (its place, or its fallback region's label point). */
  points: Record<string, LonLat>;
  /** Every region referenced by a claim or a mention. */
  regions: Record<string, RegionSummary>;
  /** Wall-clock milliseconds of the analysis (without data loading). */
  elapsedMs: number;
}

/** The offline basemap, built once from regions.bin and the gazetteer. */
export interface BasemapData {
  /** Country outlines (Polygon/MultiPolygon features, `id` and `name` properties): land. */
  countries: GeoJSON.FeatureCollection;
  /** National borders and coasts as lines, each edge once. */
  countryLines: GeoJSON.FeatureCollection;
  /** Admin-1 borders inside countries as lines, each edge once. */
  admin1Lines: GeoJSON.FeatureCollection;
  /** Labelled places: capitals and large cities; property `rank` 0 (capital) .. 3 (smallest). */
  places: GeoJSON.FeatureCollection;
  /** Admin-1 label points (`name` property). */
  regionLabels: GeoJSON.FeatureCollection;
}

/**
 * The basemap as `blob:` URLs of GeoJSON documents, one per {@link BasemapData} key.
 * maplibre's own worker fetches and parses them, so the ~10 MB of outlines never pass
 * through the main thread (a structured clone of them would block it for ~0.4 s).
 */
export type BasemapUrls = Record<keyof BasemapData, string>;

/** Geometry to draw for one selected claim. */
export interface ClaimGeometry {
  claimId: string;
  /** Where the claimed place is drawn. */
  point: LonLat | null;
  /** Outline of the asserted region, when the claim names one. */
  outline: GeoJSON.MultiPolygon | null;
  /** Bounding box of `outline`. */
  outlineBounds: Bounds | null;
  /** From the place to the nearest point of the asserted region (or the asserted point). */
  line: [LonLat, LonLat] | null;
  /** Length of `line`, km (great circle). */
  lineKm: number | null;
}

export type ExportFormat = 'geojson' | 'csv';

/** One article's analysis (without cross-article claims) and its drawing data. */
export interface ArticleResult {
  /**
   * The worker keeps all of it. The page's copy (see pageResult in message-parts.ts) holds
   * what the list, the map and a claim's passage need: the mentions that a claim is about,
   * without their alternatives, and the sentences that those mentions and claims are in (the
   * others are holes). The page asks for an article's whole result when it shows the article
   * (the `article` request).
   */
  analysis: ArticleAnalysis;
  /** Mention id -> where it is drawn (on the page: for the mentions it holds). */
  points: Record<string, LonLat>;
  /** On the page: how many mentions the article has (its copy holds only some of them). */
  mentionCount?: number;
  /** Every region the article's claims or mentions refer to. */
  regions: Record<string, RegionSummary>;
  /** The data and tool version it was made with; stored results of another are redone. */
  version: string;
}

/**
 * An article as the page holds it: everything but its text, which stays in the worker (it is
 * most of a corpus's bytes, and the page shows one article's at a time: it asks for it with an
 * `article` request). `chars` is the text's length.
 */
export type PageArticle = Omit<WorkspaceArticle, 'text'> & { chars: number };

/** One article as the worker holds it: its text and its whole result (see ArticleResult). */
export interface ArticleDetail {
  text: string;
  result: ArticleResult;
}

/**
 * The whole workspace. The worker holds (and stores) it with the articles' texts (`A` is
 * WorkspaceArticle); the page gets it without them (see PageArticle).
 */
export interface WorkspaceSnapshot<A = PageArticle> {
  articles: A[];
  results: ArticleResult[];
  /** Cross-article claims by article id (they need the whole corpus, so they are kept apart). */
  cross: Record<string, Claim[]>;
  reviews: ClaimReview[];
  /** Milliseconds the last analysis took. */
  elapsedMs: number;
}

/** What changed in the workspace after adding, correcting, editing or removing articles. */
export interface WorkspaceDelta<A = PageArticle> {
  /**
   * Added or re-analysed articles with their new results, and articles sent again because
   * their cross-article claims are about other mentions now (see EngineSession.delta).
   */
  upserted: { article: A; result: ArticleResult }[];
  removed: string[];
  /** Every article id in workspace order. */
  order: string[];
  /** The cross-article claims of the whole corpus (recomputed). */
  cross: Record<string, Claim[]>;
  elapsedMs: number;
}

/** An article that was cut short: a cancel stopped its analysis part-way. */
export interface TruncatedArticle {
  id: string;
  keptChars: number;
  totalChars: number;
}

/** The outcome of an analysis job (adding articles). */
export interface JobOutcome<A = PageArticle> {
  delta: WorkspaceDelta<A>;
  cancelled: boolean;
  /** Articles kept only in part because of the cancel. */
  truncated: TruncatedArticle[];
  /** Articles given but not analysed because of the cancel. */
  skipped: number;
  /** Articles given whose text was already in the workspace: not added again. */
  duplicates?: DuplicateArticle[];
}

/** How far a job has got. Characters measure big articles; articles measure corpora. */
export interface JobProgress {
  doneArticles: number;
  totalArticles: number;
  doneChars: number;
  totalChars: number;
  /** The article being analysed. */
  current: string;
}

/** A place found by name in the gazetteer, for correcting a mention. */
export interface PlaceMatch {
  place: PlaceRef;
  matchedBy: MatchedBy;
}

/**
 * A file to add, as the page read it for the user to see (src/worker/read-file.ts). Its
 * bytes are transferred, not copied, and the analysis worker reads them into articles
 * again, the same way: the articles of a big file never pass through the page.
 */
export interface AddedFile {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
  /** The encoding the user chose, if any (else detected again, as it was on the page). */
  forced: DecodedText['encoding'] | null;
  /** Title, date and URL the user gave a file of one article (non-empty values only). */
  meta?: { title?: string; date?: string; url?: string };
}

/** Where the workspace is kept. */
export type Storage = 'indexeddb' | 'memory';

export type WorkerRequest =
  | { type: 'init'; requestId: number; dataUrl: string }
  | { type: 'basemap'; requestId: number }
  | { type: 'open'; requestId: number; samples: ArticleInput[] }
  /** Pasted articles, and files (their bytes, read in the worker: see AddedFile). */
  | { type: 'add'; requestId: number; articles: ArticleInput[]; files: AddedFile[] }
  /** An article's new corrections or metadata; the worker keeps its text. */
  | { type: 'update'; requestId: number; article: PageArticle }
  | { type: 'remove'; requestId: number; ids: string[] }
  | { type: 'reset'; requestId: number; samples: ArticleInput[] }
  | { type: 'replace'; requestId: number; workspace: Workspace }
  | { type: 'set-review'; requestId: number; key: string; review: ClaimReview | null }
  | {
      type: 'set-reviews';
      requestId: number;
      reviews: { key: string; review: ClaimReview | null }[];
    }
  | { type: 'cancel'; requestId: number; jobId: number }
  | { type: 'find-places'; requestId: number; query: string; limit: number }
  | { type: 'claim-geometry'; requestId: number; claimId: string }
  | { type: 'article'; requestId: number; articleId: string }
  | { type: 'export'; requestId: number; format: ExportFormat; claimIds: string[] }
  | { type: 'export-workspace'; requestId: number };

/**
 * Answers from the worker. The worker makes them with its articles (`A` is WorkspaceArticle);
 * what the page receives has PageArticles (see forPage in message-parts.ts).
 */
export type WorkerResponse<A = PageArticle> =
  | { type: 'init-done'; requestId: number; loadMs: number; gazetteer: GazetteerSummary }
  | { type: 'basemap-done'; requestId: number; urls: BasemapUrls }
  | { type: 'progress'; requestId: number; progress: JobProgress }
  /**
   * A piece of a large answer (`workspace`, `job-done`, `changed`): articles, results and
   * cross-article claims sent ahead so that the page decodes them in several short tasks
   * instead of one long one. The final message holds the rest (see message-parts.ts).
   */
  | {
      type: 'part';
      requestId: number;
      articles: A[];
      results: ArticleResult[];
      cross: Record<string, Claim[]>;
    }
  | {
      type: 'workspace';
      requestId: number;
      snapshot: WorkspaceSnapshot<A>;
      storage: Storage;
      /** Why the workspace could not be stored or read, when it could not. */
      storageProblem: string | null;
    }
  | { type: 'job-done'; requestId: number; outcome: JobOutcome<A> }
  | { type: 'changed'; requestId: number; delta: WorkspaceDelta<A> }
  | { type: 'done'; requestId: number }
  | { type: 'places'; requestId: number; places: PlaceMatch[] }
  | { type: 'claim-geometry-done'; requestId: number; geometry: ClaimGeometry | null }
  /** An article with its text and its whole result; null when it is no longer in the workspace. */
  | { type: 'article-done'; requestId: number; detail: ArticleDetail | null }
  | { type: 'export-done'; requestId: number; text: string; mime: string }
  | { type: 'error'; requestId: number; message: string; cancelled?: boolean }
  /** Not an answer to a request (requestId 0): something the user should know, e.g. a failed save. */
  | { type: 'notice'; requestId: 0; message: string };
