import { useAppStore } from '../store/app-store.ts';
import { selectSelectedRow } from '../store/selectors.ts';
import { ArticleView } from './ArticleView.tsx';
import { ClaimList } from './ClaimList.tsx';
import { DetailPanel } from './DetailPanel.tsx';
import { ExplainBar } from './ExplainBar.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { FilterPanel } from './FilterPanel.tsx';
import { MapLegend } from './Legend.tsx';
import { MapView } from './MapView.tsx';
import { ProgressBar } from './ProgressBar.tsx';

export function App() {
  const articleOpen = useAppStore((s) => s.selection.articleOpen && selectSelectedRow(s) !== null);
  return (
    <div className="app">
      <a className="skip-link" href="#claim-list-heading">
        Skip to the claims
      </a>
      <header className="topbar">
        <h1>Claim map</h1>
        <ProgressBar />
        <div className="topbar-right">
          <span className="muted small">Export filtered:</span>
          <ExportButtons />
        </div>
      </header>
      <aside className="sidebar" aria-labelledby="claim-list-heading">
        <h2 id="claim-list-heading" tabIndex={-1} className="visually-hidden">
          Claims
        </h2>
        <FilterPanel />
        <ClaimList />
      </aside>
      <main className="map-area">
        <MapView />
        <MapLegend />
        <ExplainBar />
      </main>
      <aside
        className={`detail${articleOpen ? ' is-article' : ''}`}
        aria-label={articleOpen ? 'Article' : 'Selected claim'}
      >
        {articleOpen ? <ArticleView /> : <DetailPanel />}
      </aside>
    </div>
  );
}
