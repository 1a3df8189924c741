import type { KeyboardEvent } from 'react';
import { appStore, useAppStore } from '../store/app-store.ts';
import { selectArticleMismatches, selectSelectedRow } from '../store/selectors.ts';
import { VerdictBadge } from './VerdictBadge.tsx';
import { formatKm } from './format.ts';

/**
 * Explain mode, for teaching: the selected claim framed on the map (place, claimed region and
 * suggestion), its explanation in large type, and next/previous through the article's
 * mismatches.
 */
export function ExplainBar() {
  const explain = useAppStore((s) => s.ui.explain);
  const row = useAppStore(selectSelectedRow);
  const mismatches = useAppStore(selectArticleMismatches);
  if (!explain || !row) return null;
  const index = mismatches.findIndex((r) => r.id === row.id);
  const go = (delta: number) => {
    if (mismatches.length === 0) return;
    const next =
      index < 0
        ? delta > 0
          ? 0
          : mismatches.length - 1
        : (index + delta + mismatches.length) % mismatches.length;
    appStore.getState().selectClaim(mismatches[next].id);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowRight') go(1);
    else if (e.key === 'ArrowLeft') go(-1);
    else if (e.key === 'Escape') appStore.getState().setExplain(false);
    else return;
    e.preventDefault();
  };
  const c = row.claim;
  return (
    <section
      className="explain-bar"
      aria-label="Explain mode"
      aria-live="polite"
      onKeyDown={onKeyDown}
      data-testid="explain-bar"
    >
      <div className="explain-head">
        <VerdictBadge verdict={c.verdict} severity={c.severity} />
        <span className="explain-place">{row.placeText}</span>
        {c.distanceKm !== null && c.distanceKm > 0 && (
          <span className="explain-km">{formatKm(c.distanceKm)}</span>
        )}
        <span className="explain-step">
          {index >= 0
            ? `Mismatch ${index + 1} of ${mismatches.length} in this article`
            : `${mismatches.length} mismatches in this article`}
        </span>
      </div>
      <p className="explain-text">{c.explanation}</p>
      {c.suggestions.length > 0 && (
        <p className="explain-suggest">
          Probably meant: <strong>{c.suggestions.map((s) => s.name).join(', ')}</strong>
        </p>
      )}
      <div className="explain-nav">
        <button type="button" onClick={() => go(-1)} disabled={mismatches.length === 0}>
          ← Previous
        </button>
        <button type="button" onClick={() => go(1)} disabled={mismatches.length === 0}>
          Next →
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => appStore.getState().setExplain(false)}
        >
          Exit explain mode
        </button>
      </div>
    </section>
  );
}
