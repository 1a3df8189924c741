import { useEffect, useId, useState } from 'react';
import type { Mention, PlaceRef } from '../core/types.ts';
import type { WorkspaceCorrection } from '../core/io/workspace-file.ts';
import { useAppStore } from '../store/app-store.ts';
import type { PlaceMatch } from '../worker/protocol.ts';
import { useServices } from './services.ts';

function placeLabel(p: PlaceRef): string {
  return [p.name, p.admin1Name, p.countryCode].filter(Boolean).join(', ');
}

interface Props {
  articleId: string;
  /** The mention as analysed (null when a correction removed it: "not a place"). */
  mention: Mention | null;
  /** Its span and text (from the mention or from the correction that removed it). */
  span: { start: number; end: number; text: string };
}

/**
 * Correcting one mention: choose another candidate, set its place by searching the
 * gazetteer (in the worker), mark it "not a place", or undo the correction. The article is
 * then analysed again with the correction, and the cross-article checks rerun.
 */
export function MentionCorrector({ articleId, mention, span }: Props) {
  const { workspace } = useServices();
  const correction = useAppStore((s) =>
    s.articles.byId[articleId]?.corrections.find(
      (c) => c.start === span.start && c.end === span.end,
    ),
  );
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<PlaceMatch[] | null>(null);
  const [pending, setPending] = useState(false);
  const searchId = useId();

  // Search as the user types (debounced; the worker answers between analysis slices).
  const q = query.trim();
  useEffect(() => {
    if (q.length < 2) return;
    let live = true;
    const timer = setTimeout(() => {
      workspace
        .findPlaces(q)
        .then((places) => live && setFound(places))
        .catch(() => live && setFound([]));
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q, workspace]);
  const results = q.length >= 2 ? found : null;

  const apply = async (c: WorkspaceCorrection | null) => {
    setPending(true);
    if (c) await workspace.correct(articleId, c);
    else await workspace.uncorrect(articleId, span);
    setPending(false);
    setQuery('');
  };
  const choose = (place: PlaceRef) =>
    apply({
      start: span.start,
      end: span.end,
      placeId: place.id,
      text: span.text,
      placeName: place.name,
    });
  const notAPlace = () =>
    apply({ start: span.start, end: span.end, placeId: null, text: span.text, placeName: null });

  const current = mention?.place?.id;
  const alternatives = (mention?.alternatives ?? []).filter((a) => a.place.id !== current);

  return (
    <div className="corrector" data-testid="corrector" aria-busy={pending}>
      <p className="small">
        {correction ? (
          <>
            Corrected by you:{' '}
            <strong data-testid="correction-state">
              {correction.placeId === null
                ? 'not a place'
                : (correction.placeName ?? 'another place')}
            </strong>{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => apply(null)}
              disabled={pending}
              data-testid="undo-correction"
            >
              Undo correction
            </button>
          </>
        ) : (
          <span className="muted">As analysed. Correct it if the place is wrong.</span>
        )}
      </p>
      {alternatives.length > 0 && (
        <>
          <p className="small muted">Other candidates:</p>
          <ul className="candidates">
            {alternatives.map((a) => (
              <li key={a.place.id}>
                <button
                  type="button"
                  onClick={() => choose(a.place)}
                  disabled={pending}
                  data-testid="use-candidate"
                >
                  {placeLabel(a.place)}
                </button>{' '}
                <span className="muted small">({Math.round(a.score * 100)}%)</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <label htmlFor={searchId} className="small">
        Find the place in the gazetteer
      </label>
      <input
        id={searchId}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="Name, in any spelling…"
        autoComplete="off"
        spellCheck={false}
        data-testid="place-search"
      />
      {results && (
        <ul className="candidates" data-testid="place-results">
          {results.length === 0 && <li className="muted small">No place of that name.</li>}
          {results.map((f) => (
            <li key={f.place.id}>
              <button
                type="button"
                onClick={() => choose(f.place)}
                disabled={pending || f.place.id === current}
                data-testid="use-place"
                data-place-id={f.place.id}
              >
                {placeLabel(f.place)}
              </button>{' '}
              <span className="muted small">
                pop. {f.place.population.toLocaleString('en-GB')}
                {f.matchedBy !== 'exact' ? ` · ${f.matchedBy}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      {mention && (
        <p>
          <button type="button" onClick={notAPlace} disabled={pending} data-testid="not-a-place">
            Not a place
          </button>
        </p>
      )}
      {pending && <p className="muted small">Analysing again with the correction…</p>}
    </div>
  );
}
