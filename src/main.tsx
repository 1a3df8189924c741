import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { appStore } from './store/app-store.ts';
import { startAnalysisWorker } from './worker/analysis-client.ts';
import { App } from './ui/App.tsx';
import { ServicesContext, type AppServices } from './ui/services.ts';
import { sampleCorpus } from './ui/sample-corpus.ts';
import { WorkspaceController } from './ui/workspace-controller.ts';
import { applyUrlState, startUrlSync } from './ui/url-sync.ts';
import './ui/app.css';

applyUrlState(appStore, location.search);
startUrlSync(appStore);

const client = startAnalysisWorker();
const workspace = new WorkspaceController(client, appStore, sampleCorpus);
const dataUrl = new URL(`${import.meta.env.BASE_URL}data/`, location.href).href;
const services: AppServices = {
  client,
  workspace,
  basemap: workspace.start(dataUrl),
  map: { current: null },
};

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ServicesContext.Provider value={services}>
      <App />
    </ServicesContext.Provider>
  </StrictMode>,
);
