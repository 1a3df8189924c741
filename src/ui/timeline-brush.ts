/**
 * The day under a horizontal position on a timeline of `count` equal-width days.
 * @example dayIndexAt(150, 300, 10) // 5
 */
export function dayIndexAt(x: number, width: number, count: number): number {
  if (count <= 0 || width <= 0) return 0;
  return Math.min(count - 1, Math.max(0, Math.floor((x / width) * count)));
}

/**
 * The date range a brush from `x0` to `x1` (either order) covers on a timeline of `days`:
 * the first and last day it touches.
 * @example brushRange(['2024-01-01', '2024-01-02', '2024-01-03'], 10, 150, 300) // { from: '2024-01-01', to: '2024-01-02' }
 */
export function brushRange(
  days: readonly string[],
  x0: number,
  x1: number,
  width: number,
): { from: string; to: string } | null {
  if (days.length === 0) return null;
  const a = dayIndexAt(Math.min(x0, x1), width, days.length);
  const b = dayIndexAt(Math.max(x0, x1), width, days.length);
  return { from: days[a], to: days[b] };
}
