import type { ClaimReview, WorkspaceArticle } from '../core/io/workspace-file.ts';
import type { ArticleResult, Storage } from './protocol.ts';

/** The workspace as stored: articles in order, their analyses, the reviews. */
export interface StoredWorkspace {
  order: string[];
  articles: WorkspaceArticle[];
  /** May lack some articles' results (they are then redone). */
  results: ArticleResult[];
  reviews: ClaimReview[];
}

/** A change to the stored workspace, written atomically. */
export interface StoredChange {
  put: { article: WorkspaceArticle; result: ArticleResult }[];
  remove: string[];
  /** Every article id, in workspace order, after the change. */
  order: string[];
}

/** Where the worker keeps the workspace between sessions. */
export interface WorkspaceDb {
  readonly kind: Storage;
  /** The stored workspace, or null when none was ever stored. */
  load(): Promise<StoredWorkspace | null>;
  write(change: StoredChange): Promise<void>;
  /** Replaces everything (reset to the samples, import). */
  replace(ws: StoredWorkspace): Promise<void>;
  putReview(review: ClaimReview): Promise<void>;
  deleteReview(key: string): Promise<void>;
}

/** Keeps the workspace in memory only: when IndexedDB is not available, and in tests. */
export class MemoryDb implements WorkspaceDb {
  readonly kind = 'memory' as const;
  private ws: StoredWorkspace | null = null;

  async load(): Promise<StoredWorkspace | null> {
    return this.ws ? structuredClone(this.ws) : null;
  }

  async write(change: StoredChange): Promise<void> {
    const ws = this.ws ?? { order: [], articles: [], results: [], reviews: [] };
    const gone = new Set([...change.remove, ...change.put.map((p) => p.article.id)]);
    const removed = new Set(change.remove);
    this.ws = structuredClone({
      order: change.order,
      articles: [
        ...ws.articles.filter((a) => !gone.has(a.id)),
        ...change.put.map((p) => p.article),
      ],
      results: [
        ...ws.results.filter((r) => !gone.has(r.analysis.id)),
        ...change.put.map((p) => p.result),
      ],
      reviews: ws.reviews.filter((r) => !removed.has(r.articleId)),
    });
  }

  async replace(ws: StoredWorkspace): Promise<void> {
    this.ws = structuredClone(ws);
  }

  async putReview(review: ClaimReview): Promise<void> {
    const ws = this.ws ?? { order: [], articles: [], results: [], reviews: [] };
    this.ws = { ...ws, reviews: [...ws.reviews.filter((r) => r.key !== review.key), review] };
  }

  async deleteReview(key: string): Promise<void> {
    if (this.ws) this.ws = { ...this.ws, reviews: this.ws.reviews.filter((r) => r.key !== key) };
  }
}

export const DB_NAME = 'claim-map';
/** Bump with an upgrade step in `openIndexedDb` when the stores change. */
export const DB_VERSION = 1;
const ARTICLES = 'articles';
const RESULTS = 'results';
const REVIEWS = 'reviews';
const META = 'meta';
const WORKSPACE_KEY = 'workspace';

interface MetaRecord {
  order: string[];
  savedAt: string;
}

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function completed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/**
 * The workspace in IndexedDB (in the worker, so that storing 10,000 analyses never blocks the
 * page): one store each for articles, analysis results and reviews, keyed by article id or
 * review key, and a `meta` record holding the article order. Every change is one transaction.
 */
class IndexedDbWorkspace implements WorkspaceDb {
  readonly kind = 'indexeddb' as const;

  constructor(private readonly db: IDBDatabase) {}

  async load(): Promise<StoredWorkspace | null> {
    const tx = this.db.transaction([ARTICLES, RESULTS, REVIEWS, META], 'readonly');
    const [meta, articles, results, reviews] = await Promise.all([
      promised(tx.objectStore(META).get(WORKSPACE_KEY) as IDBRequest<MetaRecord | undefined>),
      promised(tx.objectStore(ARTICLES).getAll() as IDBRequest<WorkspaceArticle[]>),
      promised(tx.objectStore(RESULTS).getAll() as IDBRequest<ArticleResult[]>),
      promised(tx.objectStore(REVIEWS).getAll() as IDBRequest<ClaimReview[]>),
    ]);
    if (!meta) return null;
    return { order: meta.order, articles, results, reviews };
  }

  async write(change: StoredChange): Promise<void> {
    const tx = this.db.transaction([ARTICLES, RESULTS, REVIEWS, META], 'readwrite');
    const done = completed(tx);
    const articles = tx.objectStore(ARTICLES);
    const results = tx.objectStore(RESULTS);
    for (const id of change.remove) {
      articles.delete(id);
      results.delete(id);
    }
    if (change.remove.length > 0) {
      // Reviews of removed articles go with them.
      const removed = new Set(change.remove);
      const reviews = tx.objectStore(REVIEWS);
      const all = await promised(reviews.getAll() as IDBRequest<ClaimReview[]>);
      for (const r of all) if (removed.has(r.articleId)) reviews.delete(r.key);
    }
    for (const { article, result } of change.put) {
      articles.put(article);
      results.put(result);
    }
    tx.objectStore(META).put(
      { order: change.order, savedAt: new Date().toISOString() } satisfies MetaRecord,
      WORKSPACE_KEY,
    );
    return done;
  }

  async replace(ws: StoredWorkspace): Promise<void> {
    const tx = this.db.transaction([ARTICLES, RESULTS, REVIEWS, META], 'readwrite');
    const done = completed(tx);
    for (const name of [ARTICLES, RESULTS, REVIEWS]) tx.objectStore(name).clear();
    for (const a of ws.articles) tx.objectStore(ARTICLES).put(a);
    for (const r of ws.results) tx.objectStore(RESULTS).put(r);
    for (const r of ws.reviews) tx.objectStore(REVIEWS).put(r);
    tx.objectStore(META).put(
      { order: ws.order, savedAt: new Date().toISOString() } satisfies MetaRecord,
      WORKSPACE_KEY,
    );
    return done;
  }

  async putReview(review: ClaimReview): Promise<void> {
    const tx = this.db.transaction(REVIEWS, 'readwrite');
    tx.objectStore(REVIEWS).put(review);
    return completed(tx);
  }

  async deleteReview(key: string): Promise<void> {
    const tx = this.db.transaction(REVIEWS, 'readwrite');
    tx.objectStore(REVIEWS).delete(key);
    return completed(tx);
  }
}

/**
 * Opens (creating or upgrading) the workspace database.
 *
 * @param factory the IndexedDB factory: `indexedDB` in a worker, fake-indexeddb in tests
 */
export function openIndexedDb(factory: IDBFactory, name = DB_NAME): Promise<WorkspaceDb> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(ARTICLES))
        db.createObjectStore(ARTICLES, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(RESULTS))
        db.createObjectStore(RESULTS, { keyPath: 'analysis.id' });
      if (!db.objectStoreNames.contains(REVIEWS)) db.createObjectStore(REVIEWS, { keyPath: 'key' });
      if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
    };
    request.onsuccess = () => resolve(new IndexedDbWorkspace(request.result));
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    request.onblocked = () =>
      reject(new Error('IndexedDB is blocked by another tab of this app with an older version.'));
  });
}
