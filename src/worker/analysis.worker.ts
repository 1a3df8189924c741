/// <reference lib="webworker" />
/**
 * The analysis worker: loads the data files, runs src/core on the corpus and answers the app's
 * requests (claim geometry, exports), so the main thread never blocks on analysis.
 */
import { createEngine } from '../core/pipeline.ts';
import { buildBasemap } from './build-basemap.ts';
import { EngineSession } from './engine-session.ts';
import type * as GeoJSON from 'geojson';
import type { BasemapData, BasemapUrls, WorkerRequest, WorkerResponse } from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

let session: EngineSession | null = null;
let basemapUrls: BasemapUrls | null = null;

/** Each collection as a blob: URL (alive as long as this worker), for maplibre to fetch. */
function toBlobUrls(data: BasemapData): BasemapUrls {
  const url = (fc: GeoJSON.FeatureCollection) =>
    URL.createObjectURL(new Blob([JSON.stringify(fc)], { type: 'application/geo+json' }));
  return {
    countries: url(data.countries),
    admin1: url(data.admin1),
    places: url(data.places),
    regionLabels: url(data.regionLabels),
  };
}

function post(message: WorkerResponse): void {
  self.postMessage(message);
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
      post({ type: 'init-done', requestId, loadMs: performance.now() - t0 });
      return;
    }
    case 'basemap': {
      basemapUrls ??= toBlobUrls(buildBasemap(requireSession().engine));
      post({ type: 'basemap-done', requestId, urls: basemapUrls });
      return;
    }
    case 'analyze': {
      const result = requireSession().analyze(request.articles, (done, total, articleId) =>
        post({ type: 'progress', requestId, done, total, articleId }),
      );
      post({ type: 'analyze-done', requestId, result });
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
  }
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  handle(event.data).catch((error: unknown) => {
    post({
      type: 'error',
      requestId: event.data.requestId,
      message: error instanceof Error ? error.message : String(error),
    });
  });
};
