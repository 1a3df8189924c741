import { useAppStore } from '../store/app-store.ts';
import { describeGazetteer } from '../core/gazetteer/gazetteer-summary.ts';
import { selectClaimRows } from '../store/selectors.ts';
import type { ActiveJob } from '../store/slices/analysis-slice.ts';
import { formatCount, formatSize } from './format.ts';
import { useServices } from './services.ts';

/** Loading and analysis progress, a running job with its cancel button, then a summary. */
export function ProgressBar() {
  const { status, done, total, error, loadMs, gazetteer } = useAppStore((s) => s.analysis);
  const job = useAppStore((s) => s.analysis.job);
  const elapsed = useAppStore((s) => s.analysis.elapsedMs);
  const claims = useAppStore((s) => selectClaimRows(s).length);
  if (job) return <JobProgressBar job={job} />;
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
        {formatCount(total, 'article')} · {formatCount(claims, 'claim')} · data{' '}
        {Math.round(loadMs ?? 0)} ms, analysis {Math.round(elapsed ?? 0)} ms
        {gazetteer && (
          <span className="gazetteer-line" data-testid="gazetteer-summary">
            {' '}
            · gazetteer: {describeGazetteer(gazetteer)}
          </span>
        )}
      </p>
    );
  }
  const analysing = status === 'analysing' && total > 0;
  return (
    <div className="status">
      <span id="progress-label">
        {analysing
          ? `Analysing article ${Math.min(done + 1, total)} of ${total}…`
          : 'Loading gazetteer and regions…'}
      </span>
      <Bar fraction={analysing ? done / total : 0.08} label="progress-label" testId="progress" />
    </div>
  );
}

function Bar({ fraction, label, testId }: { fraction: number; label: string; testId: string }) {
  const percent = Math.round(Math.max(0, Math.min(1, fraction)) * 100);
  return (
    <div
      className="progress"
      role="progressbar"
      aria-labelledby={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      data-testid={testId}
    >
      <div className="progress-fill" style={{ width: `${percent}%` }} />
    </div>
  );
}

/** "Adding corpus.jsonl: article 3,512 of 10,000" or "…: 4.2 MB of 20.0 MB", with Cancel. */
function JobProgressBar({ job }: { job: ActiveJob }) {
  const { workspace } = useServices();
  const p = job.progress;
  let detail = 'starting…';
  if (p && p.totalArticles > 1)
    detail = `article ${Math.min(p.doneArticles + 1, p.totalArticles).toLocaleString('en-GB')} of ${p.totalArticles.toLocaleString('en-GB')}`;
  else if (p && p.totalChars > 0)
    detail = `${formatSize(p.doneChars)} of ${formatSize(p.totalChars)}`;
  const fraction = p && p.totalChars > 0 ? p.doneChars / p.totalChars : 0;
  return (
    <div className="status job" data-testid="job-progress">
      <span id="job-label">
        {job.label}: {detail}
      </span>
      <Bar fraction={fraction} label="job-label" testId="job-bar" />
      {job.cancellable && (
        <button type="button" onClick={() => workspace.cancel()} data-testid="cancel-job">
          Cancel
        </button>
      )}
    </div>
  );
}
