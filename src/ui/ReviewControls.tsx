import { useEffect, useId, useRef, useState } from 'react';
import type { ReviewStatus } from '../core/io/workspace-file.ts';
import { useAppStore } from '../store/app-store.ts';
import type { ClaimRow } from '../store/claim-rows.ts';
import { useServices } from './services.ts';

export const REVIEW_LABEL: Record<ReviewStatus, string> = {
  open: 'Open',
  reviewed: 'Reviewed',
  dismissed: 'Dismissed',
};

/** How long typing pauses before a note is saved. */
const NOTE_SAVE_DELAY_MS = 600;

/**
 * Marking a claim reviewed or dismissed, with a note. Both save themselves: a status at once,
 * a note when typing pauses, and a note still being typed when the claim changes or the
 * panel closes. The parent keys it by claim, so it starts afresh from what is stored.
 */
export function ReviewControls({ row }: { row: ClaimRow }) {
  const { workspace } = useServices();
  const review = useAppStore((s) => s.reviews[row.key]);
  const status = review?.status ?? 'open';
  const [note, setNote] = useState(review?.note ?? '');
  const noteId = useId();
  // What is typed and not yet saved, for the save on unmount.
  const pending = useRef<{ status: ReviewStatus; note: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const p = pending.current;
    pending.current = null;
    if (p) void workspace.review(row, p.status, p.note);
  };
  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  });
  // Saves what is still pending when the claim changes or the panel goes away.
  useEffect(() => () => flushRef.current(), []);

  const setStatus = (s: ReviewStatus) => {
    pending.current = { status: s, note };
    flush();
  };
  const editNote = (text: string) => {
    setNote(text);
    pending.current = { status, note: text };
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(flush, NOTE_SAVE_DELAY_MS);
  };
  const dirty = note !== (review?.note ?? '');

  return (
    <section className="review" aria-label="Review" data-testid="review">
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
        onChange={(e) => editNote(e.target.value)}
        onBlur={flush}
        data-testid="review-note"
      />
      <p className="muted small review-state" aria-live="polite" data-testid="review-state">
        {dirty
          ? 'Saving…'
          : review
            ? `Saved ${new Date(review.updatedAt).toLocaleString('en-GB')}`
            : 'Saved automatically'}
      </p>
    </section>
  );
}
