import { useState } from 'react';
import type { ReviewStatus } from '../core/io/workspace-file.ts';
import { appStore, useAppStore } from '../store/app-store.ts';
import { selectFilteredRows, selectOpenCount, selectReviewCounts } from '../store/selectors.ts';
import { ConfirmDialog } from './Modal.tsx';
import { runKeyCommand } from './key-command.ts';
import { useServices } from './services.ts';

/**
 * The review workflow over the list: go to the next unreviewed claim (also the `n` key), and
 * mark every claim the filters show as reviewed or dismissed at once, after asking.
 */
export function ReviewBar() {
  const { workspace } = useServices();
  const rows = useAppStore(selectFilteredRows);
  const open = useAppStore(selectOpenCount);
  const counts = useAppStore(selectReviewCounts);
  const ready = useAppStore((s) => s.analysis.status === 'done');
  const [asking, setAsking] = useState<ReviewStatus | null>(null);
  if (!ready) return null;
  const done = counts.reviewed + counts.dismissed;
  return (
    <div className="review-bar" role="group" aria-label="Review the listed claims">
      <button
        type="button"
        onClick={() => runKeyCommand(appStore.getState(), 'next-unreviewed')}
        disabled={open === 0}
        aria-keyshortcuts="N"
        data-testid="next-unreviewed"
      >
        Next unreviewed <kbd>N</kbd>
      </button>
      <span className="muted small" data-testid="review-progress">
        {done} of {done + counts.open} reviewed
      </span>
      <span className="review-bar-bulk">
        <button
          type="button"
          className="link-button"
          disabled={rows.length === 0}
          onClick={() => setAsking('reviewed')}
          data-testid="bulk-reviewed"
        >
          Mark shown reviewed
        </button>
        <button
          type="button"
          className="link-button"
          disabled={rows.length === 0}
          onClick={() => setAsking('dismissed')}
          data-testid="bulk-dismissed"
        >
          Dismiss shown
        </button>
      </span>
      {asking && (
        <ConfirmDialog
          title={asking === 'reviewed' ? 'Mark as reviewed' : 'Dismiss claims'}
          message={
            <p>
              {asking === 'reviewed' ? 'Mark' : 'Dismiss'} all{' '}
              <strong>{rows.length.toLocaleString('en-GB')}</strong> claims the filters show
              {asking === 'reviewed' ? ' as reviewed' : ''}? Their notes are kept; each can be set
              back to Open.
            </p>
          }
          confirmLabel={
            asking === 'reviewed'
              ? `Mark ${rows.length.toLocaleString('en-GB')} reviewed`
              : `Dismiss ${rows.length.toLocaleString('en-GB')}`
          }
          onConfirm={() => {
            void workspace.reviewMany(rows, asking);
            setAsking(null);
          }}
          onCancel={() => setAsking(null)}
        />
      )}
    </div>
  );
}
