import { useId, useState } from 'react';
import type { ReviewStatus } from '../core/io/workspace-file.ts';
import { useAppStore } from '../store/app-store.ts';
import type { ClaimRow } from '../store/claim-rows.ts';
import { useServices } from './services.ts';

export const REVIEW_LABEL: Record<ReviewStatus, string> = {
  open: 'Open',
  reviewed: 'Reviewed',
  dismissed: 'Dismissed',
};

/**
 * Marking a claim reviewed or dismissed, with a note. Stored with the workspace. The parent
 * keys it by claim and stored review, so it starts afresh from what is stored.
 */
export function ReviewControls({ row }: { row: ClaimRow }) {
  const { workspace } = useServices();
  const review = useAppStore((s) => s.reviews[row.key]);
  const [status, setStatus] = useState<ReviewStatus>(review?.status ?? 'open');
  const [note, setNote] = useState(review?.note ?? '');
  const noteId = useId();

  const dirty = status !== (review?.status ?? 'open') || note !== (review?.note ?? '');

  return (
    <form
      className="review"
      onSubmit={(e) => {
        e.preventDefault();
        void workspace.review(row, status, note);
      }}
      data-testid="review"
    >
      <fieldset className="chips">
        <legend>Review</legend>
        {(['open', 'reviewed', 'dismissed'] as const).map((s) => (
          <button
            key={s}
            type="button"
            className="chip"
            aria-pressed={status === s}
            onClick={() => setStatus(s)}
            data-testid={`review-${s}`}
          >
            {REVIEW_LABEL[s]}
          </button>
        ))}
      </fieldset>
      <label htmlFor={noteId} className="small">
        Note
      </label>
      <textarea
        id={noteId}
        value={note}
        rows={2}
        onChange={(e) => setNote(e.target.value)}
        data-testid="review-note"
      />
      <div className="review-actions">
        <button type="submit" disabled={!dirty} data-testid="review-save">
          Save review
        </button>
        {review && !dirty && (
          <span className="muted small" data-testid="review-saved">
            Saved {new Date(review.updatedAt).toLocaleString('en-GB')}
          </span>
        )}
      </div>
    </form>
  );
}
