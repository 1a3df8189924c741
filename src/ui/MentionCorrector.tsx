import { useState } from 'react';
import type { Mention, PlaceRef } from '../core/types.ts';
import { correctionLabel, type WorkspaceCorrection } from '../core/io/workspace-file.ts';
import { useAppStore } from '../store/app-store.ts';
import { useServices } from './services.ts';
import { PlaceSearch, placeLabel } from './PlaceSearch.tsx';

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
  const [pending, setPending] = useState(false);

  const apply = async (c: WorkspaceCorrection | null) => {
    setPending(true);
    if (c) await workspace.correct(articleId, c);
    else await workspace.uncorrect(articleId, span);
    setPending(false);
  };
  // A tagged place name keeps its tag when its place changes ("not a place" removes the tag).
  const tagged = correction?.tagged;
  const choose = (place: PlaceRef) =>
    apply({
      start: span.start,
      end: span.end,
      placeId: place.id,
      text: span.text,
      placeName: place.name,
      ...(tagged ? { tagged } : {}),
    });
  const notAPlace = () =>
    apply(
      tagged
        ? null
        : { start: span.start, end: span.end, placeId: null, text: span.text, placeName: null },
    );

  const current = mention?.place?.id;
  const alternatives = (mention?.alternatives ?? []).filter((a) => a.place.id !== current);

  return (
    <div className="corrector" data-testid="corrector" aria-busy={pending}>
      <p className="small">
        {correction ? (
          <>
            {tagged ? 'Tagged by you as' : 'Corrected by you:'}{' '}
            <strong data-testid="correction-state">{correctionLabel(correction)}</strong>{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => apply(null)}
              disabled={pending}
              data-testid="undo-correction"
            >
              {tagged ? 'Remove the tag' : 'Undo correction'}
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
      <PlaceSearch
        label="Find the place in the gazetteer"
        onChoose={(place) => void choose(place)}
        disabled={pending}
        currentId={current}
      />
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
