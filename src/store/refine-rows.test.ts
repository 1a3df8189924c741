import { describe, expect, it } from 'vitest';
import { createAppStore } from './app-store.ts';
import {
  selectFacetCounts,
  selectFilteredRows,
  selectOpenCount,
  selectReviewCounts,
  selectTimeline,
} from './selectors.ts';
import { SNAPSHOT } from './test-analyses.ts';
import { articleDay, claimsPerDay, nextUnreviewed } from './refine-rows.ts';
import type { ClaimReview, ReviewStatus } from '../core/io/workspace-file.ts';
import type { ClaimRow } from './claim-rows.ts';

function loadedStore() {
  const store = createAppStore();
  store.getState().workspaceLoaded(SNAPSHOT);
  return store;
}

function review(row: ClaimRow, status: ReviewStatus): ClaimReview {
  return {
    key: row.key,
    articleId: row.articleId,
    status,
    note: '',
    updatedAt: '2024-01-01T00:00:00Z',
    label: row.id,
  };
}

describe('review filter', () => {
  it('shows claims by review status; an unreviewed claim is open', () => {
    const store = loadedStore();
    const rows = selectFilteredRows(store.getState());
    const sevsk = rows.find((r) => r.id === 'a:c0')!;
    store.getState().setReview(sevsk.key, review(sevsk, 'dismissed'));
    store.getState().setFilters({ ...store.getState().filters, reviews: ['dismissed'] });
    expect(selectFilteredRows(store.getState()).map((r) => r.id)).toEqual(['a:c0']);
    store.getState().setFilters({ ...store.getState().filters, reviews: ['open'] });
    expect(
      selectFilteredRows(store.getState())
        .map((r) => r.id)
        .sort(),
    ).toEqual(['a:c1', 'b:c0', 'b:c1']);
    // Counts per status ignore the review filter itself; the other facets honour it.
    expect(selectReviewCounts(store.getState())).toEqual({ open: 3, reviewed: 0, dismissed: 1 });
    expect(selectFacetCounts(store.getState()).verdict.mismatch).toBe(1);
    expect(selectOpenCount(store.getState())).toBe(3);
  });

  it('recomputes when a review changes under an active review filter', () => {
    const store = loadedStore();
    store.getState().setFilters({ ...store.getState().filters, reviews: ['open'] });
    const before = selectFilteredRows(store.getState());
    expect(before).toHaveLength(4);
    store.getState().setReview(before[0].key, review(before[0], 'reviewed'));
    expect(selectFilteredRows(store.getState())).toHaveLength(3);
  });
});

describe('bulk review', () => {
  it('sets many reviews at once, and null removes them', () => {
    const store = loadedStore();
    const rows = selectFilteredRows(store.getState());
    store.getState().patchReviews(rows.map((r) => [r.key, review(r, 'dismissed')]));
    expect(selectReviewCounts(store.getState())).toEqual({ open: 0, reviewed: 0, dismissed: 4 });
    store.getState().patchReviews([[rows[0].key, null]]);
    expect(selectReviewCounts(store.getState()).open).toBe(1);
  });
});

describe('nextUnreviewed', () => {
  it('steps to the next open claim in list order, wrapping round, skipping reviewed ones', () => {
    const store = loadedStore();
    const rows = selectFilteredRows(store.getState());
    const reviews: Record<string, ClaimReview> = {
      [rows[1].key]: review(rows[1], 'reviewed'),
    };
    expect(nextUnreviewed(rows, reviews, null)?.id).toBe(rows[0].id);
    expect(nextUnreviewed(rows, reviews, rows[0].id)?.id).toBe(rows[2].id);
    expect(nextUnreviewed(rows, reviews, rows[3].id)?.id).toBe(rows[0].id);
    const all = Object.fromEntries(rows.map((r) => [r.key, review(r, 'dismissed')]));
    expect(nextUnreviewed(rows, all, rows[0].id)).toBeNull();
  });
});

describe('date range and timeline', () => {
  it('reads ISO days only', () => {
    expect(articleDay('2024-03-05')).toBe('2024-03-05');
    expect(articleDay('2024-03-05T10:00:00Z')).toBe('2024-03-05');
    expect(articleDay('March 5, 2024')).toBeNull();
    expect(articleDay(null)).toBeNull();
  });

  it('keeps the claims of articles dated in the range; undated ones are hidden', () => {
    const store = loadedStore();
    const set = (dateFrom: string | null, dateTo: string | null) =>
      store.getState().setFilters({ ...store.getState().filters, dateFrom, dateTo });
    set('2024-01-01', '2024-01-01');
    expect(selectFilteredRows(store.getState()).map((r) => r.articleId)).toEqual(['b', 'b']);
    set('2024-01-02', null);
    expect(selectFilteredRows(store.getState())).toHaveLength(0);
    set(null, null);
    expect(selectFilteredRows(store.getState())).toHaveLength(4);
  });

  it('counts claims and mismatches per day, filling empty days', () => {
    const store = loadedStore();
    expect(selectTimeline(store.getState())).toEqual([
      { day: '2024-01-01', claims: 2, mismatches: 1 },
    ]);
    const rows = selectFilteredRows(store.getState());
    const days = { a: '2024-01-03', b: '2024-01-01' };
    expect(claimsPerDay(rows, days)).toEqual([
      { day: '2024-01-01', claims: 2, mismatches: 1 },
      { day: '2024-01-02', claims: 0, mismatches: 0 },
      { day: '2024-01-03', claims: 2, mismatches: 1 },
    ]);
  });
});
