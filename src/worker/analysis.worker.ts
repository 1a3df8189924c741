/// <reference lib="webworker" />
/**
 * The analysis worker: loads the data files, holds the workspace (articles, corrections,
 * analyses, reviews) and keeps it in IndexedDB, runs src/core on it and answers the app's
 * requests (claim geometry, exports, gazetteer search), so the main thread never blocks on
 * analysis or storage.
 *
 * Requests that change the workspace run one after another (a queue); long ones pause every
 * few tens of milliseconds so that a cancel, a claim's geometry or a search is answered in
 * between.
 */
import { skipDuplicates } from './skip-duplicates.ts';
import { createEngine } from '../core/pipeline.ts';
import type { ArticleInput } from '../core/types.ts';
import {
  serializeWorkspace,
  type ClaimReview,
  type WorkspaceArticle,
} from '../core/io/workspace-file.ts';
import { buildBasemap } from './build-basemap.ts';
import { gazetteerSummary } from '../core/gazetteer/gazetteer-summary.ts';
import { EngineSession } from './engine-session.ts';
import { analyzeArticles, slicedPause, type JobControl } from './analysis-job.ts';
import { MemoryDb, openIndexedDb, type WorkspaceDb } from './workspace-db.ts';
import { forPage, splitMessage, withText } from './message-parts.ts';
import { readAddedFile } from './read-file.ts';
import type * as GeoJSON from 'geojson';
import type { BasemapData, BasemapUrls, WorkerRequest, WorkerResponse } from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

let session: EngineSession | null = null;
let basemapUrls: BasemapUrls | null = null;
let db: WorkspaceDb = new MemoryDb();
let storageProblem: string | null = null;
/** Request ids of jobs the user asked to stop. */
const cancelled = new Set<number>();
/** Requests that change the workspace, run in order. */
const QUEUED = new Set<WorkerRequest['type']>([
  'open',
  'add',
  'update',
  'remove',
  'reset',
  'replace',
]);
let queue: Promise<void> = Promise.resolve();

/** Each collection as a blob: URL (alive as long as this worker), for maplibre to fetch. */
function toBlobUrls(data: BasemapData): BasemapUrls {
  const url = (fc: GeoJSON.FeatureCollection) =>
    URL.createObjectURL(new Blob([JSON.stringify(fc)], { type: 'application/geo+json' }));
  return {
    countries: url(data.countries),
    countryLines: url(data.countryLines),
    admin1Lines: url(data.admin1Lines),
    places: url(data.places),
    regionLabels: url(data.regionLabels),
  };
}

/** Posts an answer as the page keeps it (see forPage), a large one in pieces (see splitMessage). */
function post(message: WorkerResponse<WorkspaceArticle>): void {
  for (const m of splitMessage(forPage(message))) self.postMessage(m);
}

async function fetchBuffer(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(
      `Could not load ${url} (HTTP ${response.status}). Build the data with \`npm run build-data\`.`,
    );
  }
  return response.arrayBuffer();
}

function requireSession(): EngineSession {
  if (!session) throw new Error('The analysis engine is not loaded yet.');
  return session;
}

function jobControl(requestId: number, cancellable: boolean): JobControl {
  return {
    cancelled: () => cancellable && cancelled.has(requestId),
    pause: slicedPause(),
    progress: (progress) => post({ type: 'progress', requestId, progress }),
  };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs a storage write; a failure is reported but does not undo the change in this session. */
async function save(what: string, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (e) {
    storageProblem = `Could not save ${what} in this browser (${message(e)}). It is kept until the page is closed; export the workspace to keep it.`;
    post({ type: 'notice', requestId: 0, message: storageProblem });
  }
}

function samplesAsArticles(samples: ArticleInput[]): WorkspaceArticle[] {
  return samples.map((s) => ({ ...s, origin: 'sample', corrections: [] }));
}

async function openDb(): Promise<void> {
  if (typeof indexedDB === 'undefined') {
    storageProblem =
      'This browser offers no storage (IndexedDB) here: your articles are kept until the page is closed. Export the workspace to keep it.';
    return;
  }
  try {
    db = await openIndexedDb(indexedDB);
  } catch (e) {
    storageProblem = `Your articles cannot be stored in this browser (${message(e)}); they are kept until the page is closed. Export the workspace to keep it.`;
  }
}

function postWorkspace(requestId: number, s: EngineSession): void {
  post({ type: 'workspace', requestId, snapshot: s.snapshot(), storage: db.kind, storageProblem });
}

/**
 * Stores the whole session as the workspace (after seeding, a reset or an import), then posts
 * it. A storage failure is reported by save() and the session keeps the change.
 */
async function replaceStoredWorkspace(
  requestId: number,
  s: EngineSession,
  what: string,
  reviews: ClaimReview[],
): Promise<void> {
  const snapshot = s.snapshot();
  await save(what, () =>
    db.replace({ order: s.ids(), articles: snapshot.articles, results: snapshot.results, reviews }),
  );
  post({ type: 'workspace', requestId, snapshot, storage: db.kind, storageProblem });
}

async function handle(request: WorkerRequest): Promise<void> {
  const { requestId } = request;
  switch (request.type) {
    case 'init': {
      const t0 = performance.now();
      const [gazetteer, regions] = await Promise.all([
        fetchBuffer(new URL('gazetteer.bin', request.dataUrl).href),
        fetchBuffer(new URL('regions.bin', request.dataUrl).href),
      ]);
      session = new EngineSession(createEngine(gazetteer, regions));
      post({
        type: 'init-done',
        requestId,
        loadMs: performance.now() - t0,
        gazetteer: gazetteerSummary(session.engine.gazetteer),
      });
      return;
    }
    case 'basemap': {
      basemapUrls ??= toBlobUrls(buildBasemap(requireSession().engine));
      post({ type: 'basemap-done', requestId, urls: basemapUrls });
      return;
    }
    case 'open': {
      const s = requireSession();
      await openDb();
      let stored = null;
      try {
        stored = await db.load();
      } catch (e) {
        storageProblem = `The stored workspace could not be read (${message(e)}); starting from the sample articles.`;
      }
      const seeded = stored === null;
      if (stored) {
        const byId = new Map(stored.articles.map((a) => [a.id, a]));
        const ordered = stored.order.flatMap((id) => byId.get(id) ?? []);
        const listed = new Set(stored.order);
        ordered.push(...stored.articles.filter((a) => !listed.has(a.id)));
        s.setWorkspace(ordered, stored.results, stored.reviews);
      } else {
        s.setWorkspace(samplesAsArticles(request.samples), [], []);
      }
      const t0 = performance.now();
      const job = await analyzeArticles(s, s.needingAnalysis(), jobControl(requestId, false));
      s.addElapsed(performance.now() - t0);
      s.upsert(job.done);
      s.crossArticle();
      if (seeded) {
        await replaceStoredWorkspace(requestId, s, 'the sample workspace', []);
        return;
      }
      if (job.done.length > 0)
        await save('the updated analyses', () =>
          db.write({ put: job.done, remove: [], order: s.ids() }),
        );
      postWorkspace(requestId, s);
      return;
    }
    case 'add': {
      const s = requireSession();
      const taken = new Set<string>();
      const { fresh: given, duplicates } = skipDuplicates(
        [...request.articles, ...request.files.flatMap(readAddedFile)],
        s.ids().map((id) => s.article(id)!),
      );
      const articles: WorkspaceArticle[] = given.map((a) => {
        const id = s.freeId(a.id, taken);
        taken.add(id);
        return { ...a, id, origin: 'user', corrections: [] };
      });
      const t0 = performance.now();
      const job = await analyzeArticles(s, articles, jobControl(requestId, true));
      s.addElapsed(performance.now() - t0);
      cancelled.delete(requestId);
      s.upsert(job.done);
      s.crossArticle();
      await save('the new articles', () => db.write({ put: job.done, remove: [], order: s.ids() }));
      post({
        type: 'job-done',
        requestId,
        outcome: {
          delta: s.delta(
            job.done.map((d) => d.article.id),
            [],
          ),
          cancelled: job.cancelled,
          truncated: job.truncated,
          skipped: job.skipped,
          duplicates,
        },
      });
      return;
    }
    case 'update': {
      const s = requireSession();
      const stored = s.article(request.article.id);
      if (!stored)
        throw new Error(`The article "${request.article.id}" is no longer in the workspace.`);
      const article = withText(request.article, stored.text);
      const problem = s.correctionsProblem(article);
      if (problem) throw new Error(problem);
      const t0 = performance.now();
      const job = await analyzeArticles(s, [article], jobControl(requestId, false));
      s.addElapsed(performance.now() - t0);
      s.upsert(job.done);
      s.crossArticle();
      await save('the change', () => db.write({ put: job.done, remove: [], order: s.ids() }));
      post({ type: 'changed', requestId, delta: s.delta([request.article.id], []) });
      return;
    }
    case 'remove': {
      const s = requireSession();
      const ids = request.ids.filter((id) => s.has(id));
      s.remove(ids);
      s.crossArticle();
      await save('the removal', () => db.write({ put: [], remove: ids, order: s.ids() }));
      post({ type: 'changed', requestId, delta: s.delta([], ids) });
      return;
    }
    case 'reset': {
      const s = requireSession();
      const articles = samplesAsArticles(request.samples);
      const t0 = performance.now();
      const job = await analyzeArticles(s, articles, jobControl(requestId, false));
      s.addElapsed(performance.now() - t0);
      s.setWorkspace(
        articles,
        job.done.map((d) => d.result),
        [],
      );
      s.crossArticle();
      await replaceStoredWorkspace(requestId, s, 'the reset workspace', []);
      return;
    }
    case 'replace': {
      // An import: everything is analysed first, and the workspace replaced only when all of
      // it was; a cancel leaves the workspace as it was.
      const s = requireSession();
      const { articles, reviews } = request.workspace;
      const t0 = performance.now();
      const job = await analyzeArticles(s, articles, jobControl(requestId, true));
      s.addElapsed(performance.now() - t0);
      cancelled.delete(requestId);
      if (job.cancelled) {
        post({
          type: 'error',
          requestId,
          cancelled: true,
          message: 'Import cancelled: the workspace is unchanged.',
        });
        return;
      }
      s.setWorkspace(
        articles,
        job.done.map((d) => d.result),
        reviews,
      );
      s.crossArticle();
      await replaceStoredWorkspace(requestId, s, 'the imported workspace', reviews);
      return;
    }
    case 'set-review': {
      const s = requireSession();
      s.setReview(request.key, request.review);
      const review = request.review;
      await save('the review', () =>
        review ? db.putReview(review) : db.deleteReview(request.key),
      );
      post({ type: 'done', requestId });
      return;
    }
    case 'set-reviews': {
      const s = requireSession();
      for (const { key, review } of request.reviews) s.setReview(key, review);
      await save('the reviews', () =>
        Promise.all(
          request.reviews.map(({ key, review }) =>
            review ? db.putReview(review) : db.deleteReview(key),
          ),
        ).then(() => undefined),
      );
      post({ type: 'done', requestId });
      return;
    }
    case 'cancel':
      cancelled.add(request.jobId);
      return;
    case 'find-places':
      post({
        type: 'places',
        requestId,
        places: requireSession().findPlaces(request.query, request.limit),
      });
      return;
    case 'article': {
      const entry = requireSession().entry(request.articleId);
      post({
        type: 'article-done',
        requestId,
        detail: entry && { text: entry.article.text, result: entry.result },
      });
      return;
    }
    case 'claim-geometry':
      post({
        type: 'claim-geometry-done',
        requestId,
        geometry: requireSession().claimGeometry(request.claimId),
      });
      return;
    case 'export': {
      const { text, mime } = requireSession().exportClaims(request.format, request.claimIds);
      post({ type: 'export-done', requestId, text, mime });
      return;
    }
    case 'export-workspace':
      post({
        type: 'export-done',
        requestId,
        text: serializeWorkspace(requireSession().workspace()),
        mime: 'application/json',
      });
      return;
  }
}

function run(request: WorkerRequest): Promise<void> {
  return handle(request).catch((error: unknown) => {
    cancelled.delete(request.requestId);
    post({ type: 'error', requestId: request.requestId, message: message(error) });
  });
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (QUEUED.has(request.type)) queue = queue.then(() => run(request));
  else void run(request);
};
