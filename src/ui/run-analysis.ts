import type { AppStore } from '../store/app-store.ts';
import type { AnalysisClient } from '../worker/analysis-client.ts';
import type { BasemapData } from '../worker/protocol.ts';

/**
 * Loads the data in the worker, then analyses the corpus in the store, recording progress.
 * Returns the basemap promise (resolves as soon as the data is loaded, before the analysis).
 */
export function runAnalysis(client: AnalysisClient, store: AppStore, dataUrl: string): Promise<BasemapData> {
  const state = store.getState();
  state.analysisLoading();
  const init = client.init(dataUrl);
  init
    .then(async ({ loadMs }) => {
      const articles = store.getState().articles.list;
      store.getState().analysisStarted(articles.length, loadMs);
      const result = await client.analyze(articles, (done, total) => store.getState().analysisProgress(done, total));
      store.getState().analysisDone(result);
    })
    .catch((error: unknown) => {
      store.getState().analysisFailed(error instanceof Error ? error.message : String(error));
    });
  return init.then((r) => r.basemap);
}
