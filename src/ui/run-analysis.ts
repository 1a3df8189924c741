import type { AppStore } from '../store/app-store.ts';
import type { AnalysisClient } from '../worker/analysis-client.ts';
import type { BasemapUrls } from '../worker/protocol.ts';

/**
 * Loads the data in the worker, analyses the corpus in the store (recording progress), then
 * asks for the basemap: the claims are what a person waits for, so they come first.
 *
 * @returns the basemap URLs (rejects when the data could not be loaded)
 */
export function runAnalysis(
  client: AnalysisClient,
  store: AppStore,
  dataUrl: string,
): Promise<BasemapUrls> {
  store.getState().analysisLoading();
  const init = client.init(dataUrl);
  const analysed = init.then(async ({ loadMs }) => {
    const articles = store.getState().articles.list;
    store.getState().analysisStarted(articles.length, loadMs);
    const result = await client.analyze(articles, (done, total) =>
      store.getState().analysisProgress(done, total),
    );
    store.getState().analysisDone(result);
  });
  analysed.catch((error: unknown) => {
    store.getState().analysisFailed(error instanceof Error ? error.message : String(error));
  });
  // The basemap only needs the data files, so it is drawn even when the analysis fails.
  return init.then(() =>
    analysed.then(
      () => client.basemap(),
      () => client.basemap(),
    ),
  );
}
