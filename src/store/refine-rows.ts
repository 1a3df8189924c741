import type { ClaimReview, ReviewStatus } from '../core/io/workspace-file.ts';
import type { ClaimRow } from './claim-rows.ts';

/** A claim's review status; a claim nobody reviewed is `open`. */
export function reviewStatusOf(
  reviews: Readonly<Record<string, ClaimReview>>,
  row: ClaimRow,
): ReviewStatus {
  return reviews[row.key]?.status ?? 'open';
}

/**
 * The day (`YYYY-MM-DD`) of an article's date, or null when it has none or it is not an ISO
 * date (`2024-03-05`, `2024-03-05T10:00Z`).
 * @example articleDay('2024-03-05T10:00:00Z') // '2024-03-05'
 */
export function articleDay(date: string | null | undefined): string | null {
  const m = date ? /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(date.trim()) : null;
  return m ? m[1] : null;
}

/** The day of each article that has one, by article id. */
export type ArticleDays = Readonly<Record<string, string | null>>;

/**
 * The rows whose article's day lies in [from, to] (inclusive; either end may be open). With no
 * range the same array comes back, so memoised work downstream is kept.
 */
export function rowsInDateRange(
  rows: readonly ClaimRow[],
  days: ArticleDays,
  from: string | null,
  to: string | null,
): readonly ClaimRow[] {
  if (from === null && to === null) return rows;
  return rows.filter((r) => {
    const d = days[r.articleId];
    return d != null && (from === null || d >= from) && (to === null || d <= to);
  });
}

/**
 * The rows whose review status is one of `statuses`. With no statuses the same array comes back.
 */
export function rowsWithReview(
  rows: readonly ClaimRow[],
  reviews: Readonly<Record<string, ClaimReview>>,
  statuses: readonly ReviewStatus[],
): readonly ClaimRow[] {
  if (statuses.length === 0) return rows;
  return rows.filter((r) => statuses.includes(reviewStatusOf(reviews, r)));
}

/** How many of `rows` have each review status. */
export function reviewCounts(
  rows: readonly ClaimRow[],
  reviews: Readonly<Record<string, ClaimReview>>,
): Record<ReviewStatus, number> {
  const out: Record<ReviewStatus, number> = { open: 0, reviewed: 0, dismissed: 0 };
  for (const r of rows) out[reviewStatusOf(reviews, r)]++;
  return out;
}

/**
 * The next claim after `currentId` in `rows` (the list's order) that nobody has reviewed or
 * dismissed, wrapping round to the top; null when every row is done. `currentId` itself is
 * offered last, when it is the only open one left.
 */
export function nextUnreviewed(
  rows: readonly ClaimRow[],
  reviews: Readonly<Record<string, ClaimReview>>,
  currentId: string | null,
): ClaimRow | null {
  const n = rows.length;
  const at = currentId === null ? -1 : rows.findIndex((r) => r.id === currentId);
  for (let k = 1; k <= n; k++) {
    const row = rows[(at + k + n) % n];
    if (reviewStatusOf(reviews, row) === 'open') return row;
  }
  return null;
}

/** Claims per day for the timeline. */
export interface DayCount {
  day: string;
  claims: number;
  mismatches: number;
}

/**
 * Claims and mismatches per article day, every day from the first to the last (empty days
 * included, so bars stand where their dates are); undated claims are left out.
 */
export function claimsPerDay(rows: readonly ClaimRow[], days: ArticleDays): DayCount[] {
  const byDay = new Map<string, DayCount>();
  for (const r of rows) {
    const day = days[r.articleId];
    if (!day) continue;
    let c = byDay.get(day);
    if (!c) byDay.set(day, (c = { day, claims: 0, mismatches: 0 }));
    c.claims++;
    if (r.claim.verdict === 'mismatch') c.mismatches++;
  }
  if (byDay.size === 0) return [];
  const sorted = [...byDay.keys()].sort();
  const out: DayCount[] = [];
  const last = Date.parse(`${sorted[sorted.length - 1]}T00:00:00Z`);
  // At most ten years of empty days are filled in; beyond that only days with claims show.
  const fill = last - Date.parse(`${sorted[0]}T00:00:00Z`) <= 3660 * 864e5;
  if (!fill) return sorted.map((d) => byDay.get(d)!);
  for (let t = Date.parse(`${sorted[0]}T00:00:00Z`); t <= last; t += 864e5) {
    const day = new Date(t).toISOString().slice(0, 10);
    out.push(byDay.get(day) ?? { day, claims: 0, mismatches: 0 });
  }
  return out;
}
