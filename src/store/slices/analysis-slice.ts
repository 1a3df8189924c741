import type { Claim } from '../../core/types.ts';
import type { GazetteerSummary } from '../../core/gazetteer/gazetteer-summary.ts';
import type {
  ArticleResult,
  JobProgress,
  Storage,
  WorkspaceDelta,
  WorkspaceSnapshot,
} from '../../worker/protocol.ts';
import type { AnalysisStatus } from '../types.ts';
import type { AppState, SliceCreator } from '../app-store.ts';
import { articlesState } from './articles-slice.ts';

/** A long-running job on the workspace (adding articles, an import, a reset). */
export interface ActiveJob {
  kind: 'add' | 'import' | 'reset' | 'update';
  /** What is being done, for the progress line ("Adding 3 files"). */
  label: string;
  /** Whether the user may stop it. */
  cancellable: boolean;
  progress: JobProgress | null;
}

/** The analysis of the workspace and its progress. */
export interface AnalysisSlice {
  analysis: {
    /** Of opening the workspace: loading the data, then the first analysis. */
    status: AnalysisStatus;
    /** Articles analysed so far, of `total`, while opening. */
    done: number;
    total: number;
    /** A message a person can act on, when status is `error`. */
    error: string | null;
    /** Per-article analyses with their drawing data, by article id. */
    results: Record<string, ArticleResult>;
    /** Cross-article claims by article id (recomputed over the whole workspace). */
    cross: Record<string, Claim[]>;
    /** Milliseconds spent loading the data files in the worker. */
    loadMs: number | null;
    /** What the gazetteer was built from (shown with the attribution); null until loaded. */
    gazetteer: GazetteerSummary | null;
    /** Milliseconds of the last analysis. */
    elapsedMs: number | null;
    job: ActiveJob | null;
    /** Where the workspace is kept; null until opened. */
    storage: Storage | null;
  };
  analysisLoading: () => void;
  analysisStarted: (total: number, loadMs: number, gazetteer?: GazetteerSummary) => void;
  analysisProgress: (done: number, total: number) => void;
  /** The whole workspace, as opened, reset or imported. */
  workspaceLoaded: (snapshot: WorkspaceSnapshot, storage?: Storage) => void;
  /** Applies what a job, a correction or a removal changed. */
  applyDelta: (delta: WorkspaceDelta) => void;
  analysisFailed: (message: string) => void;
  jobStarted: (job: Omit<ActiveJob, 'progress'>) => void;
  jobProgress: (progress: JobProgress) => void;
  jobEnded: () => void;
}

/**
 * What a new analysis changes: the articles, the reviews and the analysis fields named. Made
 * by a pure function of the state, so WorkspaceController can compute what the new state
 * derives (rows, indexes) ahead, a step at a time, before the store takes it.
 */
export interface AnalysisPatch {
  articles: AppState['articles'];
  reviews: AppState['reviews'];
  analysis: Partial<AnalysisSlice['analysis']>;
}

/** The state with a patch applied (the analysis fields it names replaced). */
export function withPatch(
  s: AppState,
  p: AnalysisPatch,
): Pick<AppState, 'articles' | 'reviews' | 'analysis'> {
  return { articles: p.articles, reviews: p.reviews, analysis: { ...s.analysis, ...p.analysis } };
}

/** What opening a workspace snapshot changes in the state. */
export function snapshotPatch(
  s: AppState,
  snapshot: WorkspaceSnapshot,
  storage?: Storage,
): AnalysisPatch {
  return {
    articles: articlesState(snapshot.articles),
    reviews: Object.fromEntries(snapshot.reviews.map((r) => [r.key, r])),
    analysis: {
      status: 'done',
      done: snapshot.articles.length,
      total: snapshot.articles.length,
      error: null,
      results: Object.fromEntries(snapshot.results.map((r) => [r.analysis.id, r])),
      cross: snapshot.cross,
      elapsedMs: snapshot.elapsedMs,
      storage: storage ?? s.analysis.storage,
    },
  };
}

/** What a job's, a correction's or a removal's delta changes in the state. */
export function deltaPatch(s: AppState, delta: WorkspaceDelta): AnalysisPatch {
  const byId: Record<string, (typeof s.articles.list)[number]> = { ...s.articles.byId };
  const results = { ...s.analysis.results };
  for (const id of delta.removed) {
    delete byId[id];
    delete results[id];
  }
  for (const { article, result } of delta.upserted) {
    byId[article.id] = article;
    results[article.id] = result;
  }
  const list = delta.order.flatMap((id) => byId[id] ?? []);
  const removed = new Set(delta.removed);
  const reviews = Object.values(s.reviews).some((r) => removed.has(r.articleId))
    ? Object.fromEntries(Object.entries(s.reviews).filter(([, r]) => !removed.has(r.articleId)))
    : s.reviews;
  return {
    articles: articlesState(list),
    reviews,
    analysis: {
      results,
      cross: delta.cross,
      total: list.length,
      done: list.length,
      elapsedMs: delta.elapsedMs,
    },
  };
}

export const createAnalysisSlice: SliceCreator<AnalysisSlice> = (set) => ({
  analysis: {
    status: 'idle',
    done: 0,
    total: 0,
    error: null,
    results: {},
    cross: {},
    loadMs: null,
    gazetteer: null,
    elapsedMs: null,
    job: null,
    storage: null,
  },
  analysisLoading: () =>
    set((s) => ({ analysis: { ...s.analysis, status: 'loading', error: null } })),
  analysisStarted: (total, loadMs, gazetteer) =>
    set((s) => ({
      analysis: {
        ...s.analysis,
        status: 'analysing',
        done: 0,
        total,
        loadMs,
        gazetteer: gazetteer ?? s.analysis.gazetteer,
      },
    })),
  analysisProgress: (done, total) => set((s) => ({ analysis: { ...s.analysis, done, total } })),
  workspaceLoaded: (snapshot, storage) =>
    set((s) => withPatch(s, snapshotPatch(s, snapshot, storage))),
  applyDelta: (delta) => set((s) => withPatch(s, deltaPatch(s, delta))),
  analysisFailed: (message) =>
    set((s) => ({ analysis: { ...s.analysis, status: 'error', error: message } })),
  jobStarted: (job) =>
    set((s) => ({ analysis: { ...s.analysis, job: { ...job, progress: null } } })),
  jobProgress: (progress) =>
    set((s) =>
      s.analysis.job ? { analysis: { ...s.analysis, job: { ...s.analysis.job, progress } } } : {},
    ),
  jobEnded: () => set((s) => ({ analysis: { ...s.analysis, job: null } })),
});
