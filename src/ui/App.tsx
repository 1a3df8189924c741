import { useEffect, useRef, useState } from 'react';
import { appStore, useAppStore } from '../store/app-store.ts';
import { selectSelectedRow } from '../store/selectors.ts';
import { AddArticlesDialog, type IncomingFiles } from './AddArticlesDialog.tsx';
import { ArticleView } from './ArticleView.tsx';
import { ClaimList } from './ClaimList.tsx';
import { DetailPanel } from './DetailPanel.tsx';
import { ExplainBar } from './ExplainBar.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { FilterPanel } from './FilterPanel.tsx';
import { MapLegend } from './Legend.tsx';
import { MapView } from './MapView.tsx';
import { Notices } from './Notices.tsx';
import { ProgressBar } from './ProgressBar.tsx';
import { ReviewBar } from './ReviewBar.tsx';
import { WorkspaceDialog } from './WorkspaceDialog.tsx';
import { keyCommand, runKeyCommand } from './key-command.ts';

/** Whether a drag carries files (not text or a link from the page). */
function hasFiles(e: DragEvent): boolean {
  return e.dataTransfer?.types.includes('Files') ?? false;
}

export function App() {
  const articleOpen = useAppStore((s) => s.selection.articleOpen && selectSelectedRow(s) !== null);
  const dialog = useAppStore((s) => s.ui.dialog);
  const hasClaim = useAppStore((s) => selectSelectedRow(s) !== null);
  const explaining = useAppStore((s) => s.ui.explain && selectSelectedRow(s) !== null);
  const ready = useAppStore((s) => s.analysis.status === 'done');
  const [incoming, setIncoming] = useState<IncomingFiles | null>(null);
  const [dragging, setDragging] = useState(false);
  const drops = useRef(0);

  // Files dropped anywhere on the page open "Add articles" with them. Without this the
  // browser would navigate to the dropped file.
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      setIncoming({ id: ++drops.current, files });
      appStore.getState().openDialog('add');
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  // On a phone the page scrolls (map, list, filters): explain mode brings the map back into
  // view above its panel.
  useEffect(() => {
    if (!explaining || !window.matchMedia('(max-width: 700px)').matches) return;
    document.querySelector('.map-area')?.scrollIntoView({ block: 'start' });
  }, [explaining]);

  // The page-wide keys (see keyCommand): Escape leaves a mode, arrows step explain mode, n
  // goes to the next unreviewed claim.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const target = e.target instanceof Element ? e.target : null;
      const command = keyCommand(appStore.getState(), {
        key: e.key,
        altKey: e.altKey,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        inTextField: target?.closest('input, textarea, select, [contenteditable="true"]') != null,
        onMap: target?.closest('.maplibregl-map') != null,
        dialogOpen: document.querySelector('dialog[open]') !== null,
      });
      if (command && runKeyCommand(appStore.getState(), command)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div
      className={`app${dragging ? ' is-dragging' : ''}${hasClaim ? ' has-claim' : ''}${explaining ? ' is-explaining' : ''}`}
    >
      <a className="skip-link" href="#claim-list-heading">
        Skip to the claims
      </a>
      <header className="topbar">
        <h1>Claim map</h1>
        <div className="topbar-actions">
          <button
            type="button"
            className="primary"
            onClick={() => {
              setIncoming(null);
              appStore.getState().openDialog('add');
            }}
            disabled={!ready}
            data-testid="add-articles"
          >
            Add articles
          </button>
          <button
            type="button"
            onClick={() => appStore.getState().openDialog('workspace')}
            disabled={!ready}
            data-testid="open-workspace"
          >
            Workspace
          </button>
        </div>
        <ProgressBar />
        <div className="topbar-right">
          <span className="muted small export-label">Export filtered:</span>
          <ExportButtons />
        </div>
      </header>
      <aside className="sidebar" aria-labelledby="claim-list-heading">
        <h2 id="claim-list-heading" tabIndex={-1} className="visually-hidden">
          Claims
        </h2>
        <FilterPanel />
        <ReviewBar />
        <ClaimList />
      </aside>
      <main className="map-area">
        <MapView />
        <MapLegend />
        <ExplainBar />
        <Notices />
      </main>
      <aside
        className={`detail${articleOpen ? ' is-article' : ''}`}
        aria-label={articleOpen ? 'Article' : 'Selected claim'}
      >
        {articleOpen ? <ArticleView /> : <DetailPanel />}
      </aside>
      {dialog === 'add' && <AddArticlesDialog incoming={incoming} />}
      {dialog === 'workspace' && <WorkspaceDialog />}
      {dragging && dialog !== 'add' && (
        <div className="drop-overlay" aria-hidden="true">
          Drop to add articles
        </div>
      )}
    </div>
  );
}
