import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { ArticleInput } from '../core/types.ts';
import { ENCODING_LABELS } from '../core/io/decode-bytes.ts';
import { ARTICLE_FILE_EXTENSIONS } from '../core/io/read-article-file.ts';
import { appStore, useAppStore } from '../store/app-store.ts';
import { Modal } from './Modal.tsx';
import {
  addedFile,
  givenMeta,
  restage,
  stageFile,
  type ArticleMeta,
  type Encoding,
  type StagedFile,
} from './staged-file.ts';
import { formatCount, formatSize } from './format.ts';
import { safeHttpUrl } from './safe-url.ts';
import { useServices } from './services.ts';

/** Files dropped on the page, handed to the dialog (a new `id` for each drop). */
export interface IncomingFiles {
  id: number;
  files: File[];
}

type Meta = ArticleMeta;

const EMPTY_META: Meta = { title: '', date: '', url: '' };

/** Applies non-empty metadata fields to an article. */
function withMeta(a: ArticleInput, meta: Meta): ArticleInput {
  return { ...a, ...givenMeta(meta) };
}

/**
 * Adding articles: pasted text, or files dropped or chosen (.txt, .md, .html, .jsonl, several
 * at once). Each file is read here and listed with what was found in it (articles, broken
 * lines, the encoding and whether it was guessed); nothing is analysed until "Analyse".
 * Files that cannot be read are listed with the reason and left out; the rest still go.
 */
export function AddArticlesDialog({ incoming }: { incoming: IncomingFiles | null }) {
  const { workspace } = useServices();
  const busy = useAppStore((s) => s.analysis.job !== null || s.analysis.status !== 'done');
  const [staged, setStaged] = useState<StagedFile[]>([]);
  const [metas, setMetas] = useState<Record<number, Meta>>({});
  const [reading, setReading] = useState(0);
  const [paste, setPaste] = useState('');
  const [pasteMeta, setPasteMeta] = useState<Meta>(EMPTY_META);
  const [message, setMessage] = useState<string | null>(null);
  const seen = useRef<number | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const ids = { paste: useId(), files: useId() };

  const addFiles = useCallback((files: File[]) => {
    if (files.length === 0) return;
    setMessage(null);
    setReading((n) => n + files.length);
    // All at once, so that they are listed in the order they were given.
    void Promise.all(files.map(stageFile)).then((list) => {
      setStaged((prev) => [...prev, ...list]);
      setReading((n) => n - files.length);
    });
  }, []);

  // Files dropped on the page while (or before) the dialog is open.
  useEffect(() => {
    if (!incoming || seen.current === incoming.id) return;
    seen.current = incoming.id;
    addFiles(incoming.files);
  }, [incoming, addFiles]);

  const close = () => appStore.getState().openDialog(null);

  const pasted = (): ArticleInput[] =>
    paste.trim() ? [withMeta({ id: 'pasted', text: paste, source: 'paste' }, pasteMeta)] : [];
  const usable = staged.filter((s) => !s.error && s.count > 0);

  const analyse = () => {
    const articles = pasted();
    if (articles.length === 0 && usable.length === 0) {
      setMessage(
        staged.length > 0
          ? 'None of the files holds an article that can be read (see the reasons above). Fix them or paste text.'
          : 'Nothing to add: paste an article or choose files.',
      );
      return;
    }
    const names = usable.map((s) => s.name);
    if (paste.trim()) names.unshift('pasted text');
    const label =
      names.length === 1 ? `Adding ${names[0]}` : `Adding ${formatCount(names.length, 'source')}`;
    close();
    void workspace.add(
      articles,
      label,
      usable.map((s) => addedFile(s, metas[s.key])),
    );
  };

  const articleCount = (paste.trim() ? 1 : 0) + usable.reduce((n, s) => n + s.count, 0);

  return (
    <Modal
      title="Add articles"
      onClose={close}
      className="modal--add"
      testId="add-dialog"
      discardWarning={
        paste.trim() || pasteMeta.title || pasteMeta.url || pasteMeta.date || staged.length > 0
          ? `Discard ${staged.length > 0 ? (paste.trim() ? 'the pasted text and the chosen files' : 'the chosen files') : 'the pasted text'}? Nothing has been added yet.`
          : null
      }
    >
      <div className="modal-body add-grid">
        <section aria-labelledby={ids.paste}>
          <h3 id={ids.paste}>Paste an article</h3>
          <textarea
            aria-label="Article text"
            value={paste}
            onChange={(e) => setPaste(e.target.value)}
            rows={9}
            placeholder="Paste the text of an article…"
            data-testid="paste-text"
          />
          <MetaFields meta={pasteMeta} onChange={setPasteMeta} testPrefix="paste" />
        </section>
        <section aria-labelledby={ids.files}>
          <h3 id={ids.files}>Or add files</h3>
          <div className="drop-zone" data-testid="drop-zone">
            <p>
              Drop files anywhere on the page, or{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => fileInput.current?.click()}
              >
                choose files
              </button>
              .
            </p>
            <p className="muted small">
              .txt, .md, .html (text only: scripts are never run) or .jsonl (one{' '}
              <code>{'{"id","text","title","date","url"}'}</code> per line). UTF-8, UTF-16 or
              Windows-1251.
            </p>
            <input
              ref={fileInput}
              type="file"
              multiple
              accept={ARTICLE_FILE_EXTENSIONS.join(',')}
              className="visually-hidden"
              tabIndex={-1}
              aria-label="Choose files"
              data-testid="file-input"
              onChange={(e) => {
                addFiles([...(e.target.files ?? [])]);
                e.target.value = '';
              }}
            />
          </div>
          {reading > 0 && <p className="muted">Reading {formatCount(reading, 'file')}…</p>}
          <ul className="staged" data-testid="staged-files">
            {staged.map((s) => (
              <StagedItem
                key={s.key}
                staged={s}
                meta={metas[s.key] ?? EMPTY_META}
                onMeta={(m) => setMetas((all) => ({ ...all, [s.key]: m }))}
                onEncoding={(enc) =>
                  void restage(s, enc).then((next) =>
                    setStaged((list) => list.map((x) => (x.key === next.key ? next : x))),
                  )
                }
                onRemove={() => setStaged((list) => list.filter((x) => x.key !== s.key))}
              />
            ))}
          </ul>
        </section>
      </div>
      {message && (
        <p className="error modal-message" role="alert" data-testid="add-message">
          {message}
        </p>
      )}
      <footer className="modal-foot">
        <span className="muted small">
          {busy
            ? 'Another analysis is running: wait for it, or cancel it in the top bar.'
            : `Checks run again across everything loaded.`}
        </span>
        <button type="button" onClick={close}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          onClick={analyse}
          disabled={busy || reading > 0}
          data-testid="analyse"
        >
          Analyse {articleCount > 0 ? formatCount(articleCount, 'article') : ''}
        </button>
      </footer>
    </Modal>
  );
}

function MetaFields({
  meta,
  onChange,
  testPrefix,
}: {
  meta: Meta;
  onChange: (m: Meta) => void;
  testPrefix: string;
}) {
  const unsafe = meta.url.trim() !== '' && safeHttpUrl(meta.url) === null;
  return (
    <div className="meta-fields">
      <label>
        Title
        <input
          value={meta.title}
          onChange={(e) => onChange({ ...meta, title: e.target.value })}
          data-testid={`${testPrefix}-title`}
        />
      </label>
      <label>
        Date
        <input
          value={meta.date}
          placeholder="YYYY-MM-DD"
          onChange={(e) => onChange({ ...meta, date: e.target.value })}
          data-testid={`${testPrefix}-date`}
        />
      </label>
      <label>
        URL
        <input
          value={meta.url}
          placeholder="https://…"
          onChange={(e) => onChange({ ...meta, url: e.target.value })}
          data-testid={`${testPrefix}-url`}
        />
      </label>
      {unsafe && (
        <p className="muted small">Not an http(s) address: it is kept as text, never as a link.</p>
      )}
    </div>
  );
}

function StagedItem({
  staged: s,
  meta,
  onMeta,
  onEncoding,
  onRemove,
}: {
  staged: StagedFile;
  meta: Meta;
  onMeta: (m: Meta) => void;
  onEncoding: (e: Encoding | null) => void;
  onRemove: () => void;
}) {
  const single = !s.error && s.count === 1;
  // The encoding can be chosen when it was guessed, forced, or when decoding failed.
  const canChoose =
    s.guessed || s.forced !== null || (s.error !== null && /encoding|UTF/.test(s.error));
  return (
    <li
      className={`staged-item${s.error ? ' is-error' : ''}`}
      data-testid="staged-file"
      data-name={s.name}
    >
      <div className="staged-head">
        <strong className="staged-name">{s.name}</strong>
        <span className="muted small">
          {formatSize(s.bytes.length).replace('character', 'byte')}
        </span>
        <button
          type="button"
          className="link-button"
          onClick={onRemove}
          aria-label={`Remove ${s.name}`}
        >
          Remove
        </button>
      </div>
      {s.error ? (
        <p className="error small" role="alert" data-testid="staged-error">
          {s.error}
        </p>
      ) : (
        <p className="small" data-testid="staged-summary">
          {formatCount(s.count, 'article')}
          {s.problems.length > 0 && `, ${formatCount(s.problems.length, 'broken line')} left out`}
          {s.encoding && (
            <span className="muted">
              {' '}
              · {ENCODING_LABELS[s.encoding]}
              {s.guessed ? ' (guessed)' : ''}
            </span>
          )}
        </p>
      )}
      {canChoose && (
        <label className="small encoding-choice">
          Encoding{' '}
          <select
            value={s.forced ?? ''}
            onChange={(e) => onEncoding((e.target.value || null) as Encoding | null)}
            data-testid="encoding-select"
          >
            <option value="">Detect</option>
            {(Object.keys(ENCODING_LABELS) as Encoding[]).map((enc) => (
              <option key={enc} value={enc}>
                {ENCODING_LABELS[enc]}
              </option>
            ))}
          </select>
        </label>
      )}
      {s.problems.length > 0 && (
        <ul className="problems small" data-testid="staged-problems">
          {s.problems.slice(0, 50).map((p) => (
            <li key={p.line}>
              {s.name}, line {p.line.toLocaleString('en-GB')}: {p.message}
            </li>
          ))}
          {s.problems.length > 50 && <li>… and {s.problems.length - 50} more broken lines.</li>}
        </ul>
      )}
      {single && s.first && (
        <>
          <p className="muted small staged-preview">
            {s.first.title ? `“${s.first.title}”: ` : ''}
            {s.first.text}
            {s.first.chars > s.first.text.length ? '…' : ''}
          </p>
          <MetaFields
            meta={{
              title: meta.title || '',
              date: meta.date,
              url: meta.url,
            }}
            onChange={onMeta}
            testPrefix={`file-${s.key}`}
          />
        </>
      )}
    </li>
  );
}
