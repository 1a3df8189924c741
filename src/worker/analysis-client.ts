import type { GazetteerSummary } from '../core/gazetteer/gazetteer-summary.ts';
import { collectPart, joinParts, type Parts } from './message-parts.ts';
import { ResultInterner } from './intern-results.ts';
import type { ArticleInput } from '../core/types.ts';
import type { ClaimReview, Workspace } from '../core/io/workspace-file.ts';
import type {
  AddedFile,
  ArticleDetail,
  ArticleResult,
  BasemapUrls,
  ClaimGeometry,
  ExportFormat,
  JobOutcome,
  JobProgress,
  PageArticle,
  PlaceMatch,
  Storage,
  WorkerRequest,
  WorkerResponse,
  WorkspaceDelta,
  WorkspaceSnapshot,
} from './protocol.ts';

type OnProgress = (progress: JobProgress) => void;
type OnPart = (results: ArticleResult[]) => void;

type Pending = {
  resolve: (message: WorkerResponse) => void;
  reject: (error: Error) => void;
  onProgress?: OnProgress;
  onPart?: OnPart;
  /** Pieces of a large answer received so far (see the `part` message). */
  parts?: Parts;
};

/** Distributes `Omit` over a union, so each request variant keeps its own fields. */
type WithoutId<T> = T extends unknown ? Omit<T, 'requestId'> : never;

/** A job that can be followed and stopped. */
export interface JobOptions {
  onProgress?: OnProgress;
  /**
   * Called with each piece of results of a large answer as it arrives, before the job ends
   * (to prepare what the results will be shown with, a piece at a time).
   */
  onPart?: OnPart;
  /** Aborting it asks the worker to stop the job (what was done so far is kept, for `add`). */
  signal?: AbortSignal;
}

/** The workspace as the worker opened, reset or imported it. */
export interface OpenedWorkspace {
  snapshot: WorkspaceSnapshot;
  storage: Storage;
  storageProblem: string | null;
}

/** A job the user cancelled; `message` says what was kept. */
export class CancelledError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CancelledError';
  }
}

/**
 * Main-thread side of the analysis worker: one promise per request, matched by request id.
 *
 * @example
 * const client = new AnalysisClient(new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' }));
 * await client.init('/data/');
 * const { snapshot } = await client.open(samples, { onProgress: (p) => console.log(p.doneArticles) });
 */
export class AnalysisClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** One object per place, region and word across every answer (see ResultInterner). */
  private readonly interner = new ResultInterner();
  /** Articles' texts and whole results asked for, by the article as the page holds it. */
  private readonly details = new WeakMap<PageArticle, Promise<ArticleDetail | null>>();
  /** Those that have come. */
  private readonly knownDetails = new WeakMap<PageArticle, ArticleDetail | null>();
  /** Called with messages the worker sends on its own (e.g. a failed save). */
  onNotice: (message: string) => void = () => {};

  constructor(private readonly worker: Worker) {
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.receive(event.data);
    worker.onerror = (event: ErrorEvent) => {
      const error = new Error(event.message || 'The analysis worker failed to start.');
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
  }

  /** Loads the data files in the worker; resolves with the milliseconds it took. */
  async init(dataUrl: string): Promise<{ loadMs: number; gazetteer: GazetteerSummary }> {
    const m = await this.request({ type: 'init', dataUrl });
    if (m.type !== 'init-done') throw unexpected(m);
    return { loadMs: m.loadMs, gazetteer: m.gazetteer };
  }

  /** The offline basemap (outlines and labels) as blob: URLs of GeoJSON. */
  async basemap(): Promise<BasemapUrls> {
    const m = await this.request({ type: 'basemap' });
    if (m.type !== 'basemap-done') throw unexpected(m);
    return m.urls;
  }

  /** Opens the stored workspace (or starts one from the samples) and analyses what needs it. */
  async open(samples: ArticleInput[], options: JobOptions = {}): Promise<OpenedWorkspace> {
    return this.workspaceOf(await this.job({ type: 'open', samples }, options));
  }

  /**
   * Adds and analyses articles, and the articles of files (whose bytes are transferred: the
   * caller no longer has them); a cancel keeps what was analysed before it.
   */
  async add(
    articles: ArticleInput[],
    files: AddedFile[],
    options: JobOptions = {},
  ): Promise<JobOutcome> {
    const transfer = [...new Set(files.map((f) => f.bytes.buffer))];
    const m = await this.job({ type: 'add', articles, files }, options, transfer);
    if (m.type !== 'job-done') throw unexpected(m);
    return m.outcome;
  }

  /** Replaces an article (its corrections or metadata changed) and re-analyses it. */
  async update(article: PageArticle, options: JobOptions = {}): Promise<WorkspaceDelta> {
    const m = await this.job({ type: 'update', article }, options);
    if (m.type !== 'changed') throw unexpected(m);
    return m.delta;
  }

  async remove(ids: string[]): Promise<WorkspaceDelta> {
    const m = await this.request({ type: 'remove', ids });
    if (m.type !== 'changed') throw unexpected(m);
    return m.delta;
  }

  /** Deletes everything but the samples. */
  async reset(samples: ArticleInput[], options: JobOptions = {}): Promise<OpenedWorkspace> {
    return this.workspaceOf(await this.job({ type: 'reset', samples }, options));
  }

  /** Replaces the workspace with an imported one; a cancel leaves it unchanged. */
  async replace(workspace: Workspace, options: JobOptions = {}): Promise<OpenedWorkspace> {
    return this.workspaceOf(await this.job({ type: 'replace', workspace }, options));
  }

  async setReview(key: string, review: ClaimReview | null): Promise<void> {
    const m = await this.request({ type: 'set-review', key, review });
    if (m.type !== 'done') throw unexpected(m);
  }

  /** Sets (or with null, removes) many reviews in one message: a bulk review. */
  async setReviews(reviews: { key: string; review: ClaimReview | null }[]): Promise<void> {
    const m = await this.request({ type: 'set-reviews', reviews });
    if (m.type !== 'done') throw unexpected(m);
  }

  /** Gazetteer search by name, for correcting a mention. */
  async findPlaces(query: string, limit = 20): Promise<PlaceMatch[]> {
    const m = await this.request({ type: 'find-places', query, limit });
    if (m.type !== 'places') throw unexpected(m);
    return m.places;
  }

  async claimGeometry(claimId: string): Promise<ClaimGeometry | null> {
    const m = await this.request({ type: 'claim-geometry', claimId });
    if (m.type !== 'claim-geometry-done') throw unexpected(m);
    return m.geometry;
  }

  /**
   * An article's text and whole result: the page holds articles without their texts, and
   * results with only what the list and the map need (see pageResult). Asked once per article
   * as the page holds it: a changed article is a new object, and asks again.
   *
   * @returns null when the article is no longer in the workspace
   */
  article(article: PageArticle): Promise<ArticleDetail | null> {
    let detail = this.details.get(article);
    if (!detail) {
      detail = this.request({ type: 'article', articleId: article.id }).then((m) => {
        if (m.type !== 'article-done') throw unexpected(m);
        if (m.detail) this.interner.internResults([m.detail.result]);
        this.knownDetails.set(article, m.detail);
        return m.detail;
      });
      // A failed request is asked again next time.
      detail.catch(() => this.details.delete(article));
      this.details.set(article, detail);
    }
    return detail;
  }

  /** The article's text and whole result if they have come (see article), else undefined. */
  knownArticle(article: PageArticle): ArticleDetail | null | undefined {
    return this.knownDetails.get(article);
  }

  async exportClaims(
    format: ExportFormat,
    claimIds: string[],
  ): Promise<{ text: string; mime: string }> {
    const m = await this.request({ type: 'export', format, claimIds });
    if (m.type !== 'export-done') throw unexpected(m);
    return { text: m.text, mime: m.mime };
  }

  /** The workspace file (articles, corrections, reviews) as JSON text. */
  async exportWorkspace(): Promise<string> {
    const m = await this.request({ type: 'export-workspace' });
    if (m.type !== 'export-done') throw unexpected(m);
    return m.text;
  }

  terminate(): void {
    this.worker.terminate();
    for (const p of this.pending.values()) p.reject(new Error('The analysis worker was stopped.'));
    this.pending.clear();
  }

  private workspaceOf(m: WorkerResponse): OpenedWorkspace {
    if (m.type !== 'workspace') throw unexpected(m);
    return { snapshot: m.snapshot, storage: m.storage, storageProblem: m.storageProblem };
  }

  private job(
    message: WithoutId<WorkerRequest>,
    options: JobOptions,
    transfer: Transferable[] = [],
  ): Promise<WorkerResponse> {
    const requestId = this.nextId++;
    const { signal, onProgress, onPart } = options;
    const onAbort = () => this.post({ type: 'cancel', jobId: requestId });
    if (signal?.aborted) queueMicrotask(onAbort);
    else signal?.addEventListener('abort', onAbort, { once: true });
    return this.send(requestId, message, onProgress, onPart, transfer).finally(() =>
      signal?.removeEventListener('abort', onAbort),
    );
  }

  private request(message: WithoutId<WorkerRequest>): Promise<WorkerResponse> {
    return this.send(this.nextId++, message);
  }

  private post(message: WithoutId<WorkerRequest>): void {
    this.worker.postMessage({ ...message, requestId: this.nextId++ } as WorkerRequest);
  }

  private send(
    requestId: number,
    message: WithoutId<WorkerRequest>,
    onProgress?: OnProgress,
    onPart?: OnPart,
    transfer: Transferable[] = [],
  ): Promise<WorkerResponse> {
    return new Promise((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject, onProgress, onPart });
      this.worker.postMessage({ ...message, requestId } as WorkerRequest, transfer);
    });
  }

  private receive(message: WorkerResponse): void {
    if (message.type === 'notice') {
      this.onNotice(message.message);
      return;
    }
    const p = this.pending.get(message.requestId);
    if (!p) return;
    if (message.type === 'progress') {
      p.onProgress?.(message.progress);
      return;
    }
    if (message.type === 'part') {
      this.interner.internMessage(message);
      p.parts = collectPart(p.parts, message);
      if (message.results.length > 0) p.onPart?.(message.results);
      return;
    }
    this.pending.delete(message.requestId);
    if (message.type === 'error')
      p.reject(
        message.cancelled ? new CancelledError(message.message) : new Error(message.message),
      );
    else {
      this.interner.internMessage(message);
      p.resolve(p.parts ? joinParts(message, p.parts) : message);
    }
  }
}

function unexpected(m: WorkerResponse): Error {
  return new Error(`Unexpected reply from the analysis worker: ${m.type}`);
}

/** Starts the analysis worker (bundled by Vite as its own module worker). */
export function startAnalysisWorker(): AnalysisClient {
  return new AnalysisClient(
    new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' }),
  );
}
