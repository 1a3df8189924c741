import { appStore, useAppStore } from '../store/app-store.ts';
import { selectArticleMismatches, selectSelectedRow } from '../store/selectors.ts';
import { VerdictBadge } from './VerdictBadge.tsx';
import { formatKm } from './format.ts';
import { stepExplain } from './key-command.ts';

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
  const go = (delta: 1 | -1) => stepExplain(appStore.getState(), delta);
  const c = row.claim;
  return (
    <section
      className="explain-bar"
      aria-label="Explain mode"
      aria-live="polite"
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
        <button
          type="button"
          onClick={() => go(-1)}
          disabled={mismatches.length === 0}
          data-testid="explain-previous"
        >
          ← Previous
        </button>
        <button
          type="button"
          onClick={() => go(1)}
          disabled={mismatches.length === 0}
          data-testid="explain-next"
        >
          Next →
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => appStore.getState().setExplain(false)}
          data-testid="explain-exit"
        >
          Exit explain mode
        </button>
        <span className="muted small explain-keys">← → step · Esc leaves</span>
      </div>
    </section>
  );
}
