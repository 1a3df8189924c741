import type { ArticleInput } from '../core/types.ts';
import type {
  BasemapUrls,
  ClaimGeometry,
  CorpusResult,
  ExportFormat,
  WorkerRequest,
  WorkerResponse,
} from './protocol.ts';

type Pending = {
  resolve: (message: WorkerResponse) => void;
  reject: (error: Error) => void;
  onProgress?: (done: number, total: number, articleId: string) => void;
};

/** Distributes `Omit` over a union, so each request variant keeps its own fields. */
type WithoutId<T> = T extends unknown ? Omit<T, 'requestId'> : never;

/**
 * Main-thread side of the analysis worker: one promise per request, matched by request id.
 *
 * @example
 * const client = new AnalysisClient(new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' }));
 * await client.init('/data/');
 * const result = await client.analyze(articles, (done, total) => console.log(done, total));
 */
export class AnalysisClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly worker: Worker) {
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.receive(event.data);
    worker.onerror = (event: ErrorEvent) => {
      const error = new Error(event.message || 'The analysis worker failed to start.');
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
  }

  /** Loads the data files in the worker; resolves with the milliseconds it took. */
  async init(dataUrl: string): Promise<{ loadMs: number }> {
    const m = await this.request({ type: 'init', dataUrl });
    if (m.type !== 'init-done') throw unexpected(m);
    return { loadMs: m.loadMs };
  }

  /** The offline basemap (outlines and labels) as blob: URLs of GeoJSON. */
  async basemap(): Promise<BasemapUrls> {
    const m = await this.request({ type: 'basemap' });
    if (m.type !== 'basemap-done') throw unexpected(m);
    return m.urls;
  }

  /** Analyses a corpus; `onProgress` is called after each article. */
  async analyze(
    articles: ArticleInput[],
    onProgress?: Pending['onProgress'],
  ): Promise<CorpusResult> {
    const m = await this.request({ type: 'analyze', articles }, onProgress);
    if (m.type !== 'analyze-done') throw unexpected(m);
    return m.result;
  }

  async claimGeometry(claimId: string): Promise<ClaimGeometry | null> {
    const m = await this.request({ type: 'claim-geometry', claimId });
    if (m.type !== 'claim-geometry-done') throw unexpected(m);
    return m.geometry;
  }

  async exportClaims(
    format: ExportFormat,
    claimIds: string[],
  ): Promise<{ text: string; mime: string }> {
    const m = await this.request({ type: 'export', format, claimIds });
    if (m.type !== 'export-done') throw unexpected(m);
    return { text: m.text, mime: m.mime };
  }

  terminate(): void {
    this.worker.terminate();
    for (const p of this.pending.values()) p.reject(new Error('The analysis worker was stopped.'));
    this.pending.clear();
  }

  private request(
    message: WithoutId<WorkerRequest>,
    onProgress?: Pending['onProgress'],
  ): Promise<WorkerResponse> {
    const requestId = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject, onProgress });
      this.worker.postMessage({ ...message, requestId } as WorkerRequest);
    });
  }

  private receive(message: WorkerResponse): void {
    const p = this.pending.get(message.requestId);
    if (!p) return;
    if (message.type === 'progress') {
      p.onProgress?.(message.done, message.total, message.articleId);
      return;
    }
    this.pending.delete(message.requestId);
    if (message.type === 'error') p.reject(new Error(message.message));
    else p.resolve(message);
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
