import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { correctionLabel, parseWorkspace, type Workspace } from '../core/io/workspace-file.ts';
import type { PageArticle } from '../worker/protocol.ts';
import { mentionCountOf } from '../worker/message-parts.ts';
import { appStore, useAppStore } from '../store/app-store.ts';
import { selectAnalysis } from '../store/selectors.ts';
import { ConfirmDialog, Modal } from './Modal.tsx';
import { SafeLink } from './SafeLink.tsx';
import { REVIEW_LABEL } from './ReviewControls.tsx';
import { downloadText } from './download.ts';
import { formatCount, formatSize } from './format.ts';
import { useServices } from './services.ts';

/** How many articles the list shows at once (a 10,000-article workspace is filtered, not scrolled). */
const LIST_LIMIT = 100;

type Confirm =
  | { kind: 'reset' }
  | { kind: 'import'; workspace: Workspace; name: string }
  | { kind: 'remove'; article: PageArticle };

/**
 * The workspace: where it is kept, export and import of the whole of it as one file, reset to
 * the sample corpus (after asking), and the list of articles with their metadata,
 * corrections and reviews, each editable or removable.
 */
export function WorkspaceDialog() {
  const { workspace } = useServices();
  const articles = useAppStore((s) => s.articles.list);
  const reviews = useAppStore((s) => s.reviews);
  const storage = useAppStore((s) => s.analysis.storage);
  const busy = useAppStore((s) => s.analysis.job !== null);
  const [filter, setFilter] = useState('');
  const [importError, setImportError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [exporting, setExporting] = useState(false);
  // Articles whose title, date or URL are being edited and differ from what is stored.
  const [editing, setEditing] = useState<ReadonlySet<string>>(new Set());
  // Stable, so the items' effects that report to it run only when their state changes.
  const setEdited = useCallback(
    (id: string, edited: boolean) =>
      setEditing((prev) => {
        if (prev.has(id) === edited) return prev;
        const next = new Set(prev);
        if (edited) next.add(id);
        else next.delete(id);
        return next;
      }),
    [],
  );
  const fileInput = useRef<HTMLInputElement>(null);
  const filterId = useId();

  const close = () => appStore.getState().openDialog(null);
  const userArticles = articles.filter((a) => a.origin === 'user').length;
  const corrections = articles.reduce((n, a) => n + a.corrections.length, 0);
  const reviewList = Object.values(reviews);

  const doExport = async () => {
    setExporting(true);
    try {
      const text = await workspace.exportWorkspace();
      const day = new Date().toISOString().slice(0, 10);
      downloadText(text, `claim-map-workspace-${day}.json`, 'application/json');
    } catch (e) {
      appStore
        .getState()
        .notify('error', `Export failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setExporting(false);
    }
  };

  const readImport = async (file: File) => {
    setImportError(null);
    try {
      const ws = parseWorkspace(await file.text(), file.name);
      setConfirm({ kind: 'import', workspace: ws, name: file.name });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      setImportError(message);
      appStore.getState().notify('error', `Import failed; nothing was changed. ${message}`);
    }
  };

  const q = filter.trim().toLowerCase();
  const matching = q
    ? articles.filter(
        (a) => a.id.toLowerCase().includes(q) || (a.title ?? '').toLowerCase().includes(q),
      )
    : articles;

  return (
    <Modal
      title="Workspace"
      onClose={close}
      className="modal--workspace"
      testId="workspace-dialog"
      discardWarning={
        editing.size > 0
          ? `Discard your unsaved changes to ${formatCount(editing.size, 'article')}?`
          : null
      }
    >
      <div className="modal-body">
        <p className="small" data-testid="storage-status">
          {storage === 'indexeddb'
            ? 'Kept in this browser (IndexedDB): your articles, corrections and reviews are here after a reload.'
            : 'Not stored in this browser: export the workspace to keep your work.'}{' '}
          {formatCount(articles.length, 'article')} ({userArticles} yours),{' '}
          {formatCount(corrections, 'correction')}, {formatCount(reviewList.length, 'review')}.
        </p>
        <div className="workspace-actions">
          <button
            type="button"
            onClick={doExport}
            disabled={exporting}
            data-testid="export-workspace"
          >
            {exporting ? 'Exporting…' : 'Export workspace'}
          </button>
          <button
            type="button"
            onClick={() => fileInput.current?.click()}
            disabled={busy}
            data-testid="import-workspace"
          >
            Import workspace…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            tabIndex={-1}
            aria-label="Workspace file to import"
            data-testid="import-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void readImport(file);
            }}
          />
          <button
            type="button"
            className="danger"
            onClick={() => setConfirm({ kind: 'reset' })}
            disabled={busy}
            data-testid="reset-workspace"
          >
            Reset to the sample corpus…
          </button>
        </div>
        {importError && (
          <p className="error" role="alert" data-testid="import-error">
            Nothing was imported or changed. {importError}
          </p>
        )}

        <h3>Articles</h3>
        <label htmlFor={filterId} className="visually-hidden">
          Filter articles
        </label>
        <input
          id={filterId}
          type="search"
          placeholder="Filter by title or id…"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <ul className="article-list" data-testid="article-list">
          {matching.slice(0, LIST_LIMIT).map((a) => (
            <ArticleItem
              key={a.id}
              article={a}
              onRemove={() => setConfirm({ kind: 'remove', article: a })}
              onEdited={setEdited}
            />
          ))}
        </ul>
        {matching.length > LIST_LIMIT && (
          <p className="muted small">
            Showing {LIST_LIMIT} of {matching.length.toLocaleString('en-GB')}: filter to find
            others.
          </p>
        )}

        {reviewList.length > 0 && (
          <>
            <h3>Reviews</h3>
            <ul className="review-list" data-testid="review-list">
              {reviewList.map((r) => (
                <li key={r.key}>
                  <span className={`tag tag--${r.status}`}>{REVIEW_LABEL[r.status]}</span> {r.label}{' '}
                  <span className="muted small">({r.articleId})</span>
                  {r.note && <div className="review-note">{r.note}</div>}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>

      {confirm?.kind === 'reset' && (
        <ConfirmDialog
          title="Reset to the sample corpus?"
          message={
            <p>
              This deletes {formatCount(userArticles, 'article')} of yours,{' '}
              {formatCount(corrections, 'correction')} and{' '}
              {formatCount(reviewList.length, 'review')} from this browser, and brings back the five
              sample articles. Export the workspace first to keep them.
            </p>
          }
          confirmLabel="Delete and reset"
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            setConfirm(null);
            close();
            void workspace.reset();
          }}
        />
      )}
      {confirm?.kind === 'import' && (
        <ConfirmDialog
          title="Replace the workspace?"
          message={
            <p>
              {confirm.name} holds {formatCount(confirm.workspace.articles.length, 'article')},{' '}
              {formatCount(
                confirm.workspace.articles.reduce((n, a) => n + a.corrections.length, 0),
                'correction',
              )}{' '}
              and {formatCount(confirm.workspace.reviews.length, 'review')}. They replace the{' '}
              {formatCount(articles.length, 'article')} here once they are analysed (a cancel leaves
              everything as it is).
            </p>
          }
          confirmLabel="Replace"
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            const { workspace: ws, name } = confirm;
            setConfirm(null);
            close();
            void workspace.importWorkspace(ws, name);
          }}
        />
      )}
      {confirm?.kind === 'remove' && (
        <ConfirmDialog
          title="Remove the article?"
          message={
            <p>
              “{confirm.article.title || confirm.article.id}” is removed with its corrections and
              reviews.
            </p>
          }
          confirmLabel="Remove"
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            const id = confirm.article.id;
            setConfirm(null);
            void workspace.removeArticles([id]);
          }}
        />
      )}
    </Modal>
  );
}

function ArticleItem({
  article: a,
  onRemove,
  onEdited,
}: {
  article: PageArticle;
  onRemove: () => void;
  /** Told whether the article's fields are being edited with changes not yet saved. */
  onEdited: (id: string, edited: boolean) => void;
}) {
  const { workspace } = useServices();
  const analysis = useAppStore((s) => selectAnalysis(s, a.id));
  const result = useAppStore((s) => s.analysis.results[a.id]);
  const [editing, setEditing] = useState(false);
  const [meta, setMeta] = useState({ title: a.title ?? '', date: a.date ?? '', url: a.url ?? '' });
  const [saving, setSaving] = useState(false);
  // Told in the same event as the change (not in an effect, a frame later): an Escape right
  // after typing must already ask.
  const edit = (next: typeof meta, open: boolean) => {
    setMeta(next);
    setEditing(open);
    const changed =
      open &&
      (next.title !== (a.title ?? '') ||
        next.date !== (a.date ?? '') ||
        next.url !== (a.url ?? ''));
    onEdited(a.id, changed);
  };
  useEffect(() => () => onEdited(a.id, false), [a.id, onEdited]);

  return (
    <li className="article-item" data-testid="article-item" data-article-id={a.id}>
      <div className="article-item-head">
        <strong className="article-item-title">{a.title || analysis?.title || a.id}</strong>
        {a.origin === 'sample' && <span className="tag">sample</span>}
      </div>
      <div className="muted small">
        {a.id} · {a.date || 'no date'} · {formatSize(a.chars)}
        {analysis &&
          ` · ${formatCount(result ? mentionCountOf(result) : 0, 'place')}, ${formatCount(analysis.claims.length, 'claim')}`}
        {a.url && (
          <>
            {' · '}
            <SafeLink url={a.url} />
          </>
        )}
      </div>
      {a.corrections.length > 0 && (
        <ul className="correction-list small" data-testid="correction-list">
          {a.corrections.map((c) => (
            <li key={`${c.start}:${c.end}`}>
              “{c.text}” → {c.tagged ? 'tagged as ' : ''}
              {correctionLabel(c)}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => void workspace.uncorrect(a.id, c)}
              >
                Undo
              </button>
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <form
          className="meta-fields"
          onSubmit={(e) => {
            e.preventDefault();
            setSaving(true);
            void workspace.editArticle(a.id, meta).then((ok) => {
              setSaving(false);
              if (ok) edit(meta, false);
            });
          }}
        >
          {(['title', 'date', 'url'] as const).map((k) => (
            <label key={k}>
              {k === 'url' ? 'URL' : k[0].toUpperCase() + k.slice(1)}
              <input
                value={meta[k]}
                onChange={(e) => edit({ ...meta, [k]: e.target.value }, true)}
                data-testid={`edit-${k}`}
              />
            </label>
          ))}
          <div>
            <button type="submit" disabled={saving} data-testid="edit-save">
              {saving ? 'Saving…' : 'Save'}
            </button>{' '}
            <button type="button" onClick={() => edit(meta, false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="article-item-actions">
          <button
            type="button"
            className="link-button"
            onClick={() => setEditing(true)}
            data-testid="edit-article"
          >
            Edit title, date, URL
          </button>
          <button
            type="button"
            className="link-button"
            onClick={onRemove}
            data-testid="remove-article"
          >
            Remove
          </button>
        </div>
      )}
    </li>
  );
}
