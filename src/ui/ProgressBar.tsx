import { useAppStore } from '../store/app-store.ts';
import { selectClaimRows } from '../store/selectors.ts';

/** Loading and analysis progress, then a one-line summary. */
export function ProgressBar() {
  const { status, done, total, error, loadMs } = useAppStore((s) => s.analysis);
  const elapsed = useAppStore((s) => s.analysis.result?.elapsedMs ?? null);
  const claims = useAppStore((s) => selectClaimRows(s).length);
  if (status === 'error') {
    return (
      <p className="status error" role="alert">
        {error}
      </p>
    );
  }
  if (status === 'done') {
    return (
      <p className="status" data-testid="analysis-done">
        {total} articles · {claims} claims · data {Math.round(loadMs ?? 0)} ms, analysis{' '}
        {Math.round(elapsed ?? 0)} ms
      </p>
    );
  }
  const value = status === 'analysing' ? done : 0;
  const max = Math.max(1, total);
  return (
    <div className="status">
      <span id="progress-label">
        {status === 'analysing'
          ? `Analysing article ${Math.min(done + 1, total)} of ${total}…`
          : 'Loading gazetteer and regions…'}
      </span>
      <div
        className="progress"
        role="progressbar"
        aria-labelledby="progress-label"
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        data-testid="progress"
      >
        <div
          className="progress-fill"
          style={{ width: `${status === 'analysing' ? (100 * value) / max : 8}%` }}
        />
      </div>
    </div>
  );
}
