/** A piece of text between `start` and `end`, inside span `span` (an index) or none. */
export interface Segment {
  start: number;
  end: number;
  span: number | null;
}

/**
 * Cuts `[from, to)` of a text into plain and highlighted pieces, for rendering highlights as
 * React text nodes (never HTML strings: article text is untrusted). Spans are clipped to the
 * range; a span overlapping an earlier one is skipped, so pieces never nest.
 *
 * @param from - start offset of the range
 * @param to - end offset of the range
 * @param spans - character ranges to highlight, in any order
 * @returns contiguous segments covering `[from, to)` exactly
 * @example segmentText(0, 11, [{ start: 6, end: 11 }]) // [{0,6,null}, {6,11,0}]
 */
export function segmentText(
  from: number,
  to: number,
  spans: readonly { start: number; end: number }[],
): Segment[] {
  const order = spans
    .map((s, i) => ({ start: Math.max(from, s.start), end: Math.min(to, s.end), i }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let cursor = from;
  for (const s of order) {
    if (s.start < cursor) continue; // overlaps the previous span
    if (s.start > cursor) out.push({ start: cursor, end: s.start, span: null });
    out.push({ start: s.start, end: s.end, span: s.i });
    cursor = s.end;
  }
  if (cursor < to) out.push({ start: cursor, end: to, span: null });
  return out;
}

/**
 * Where `needle` first occurs in `text[from, to)`, case-insensitively, as a span; or null.
 * Used to underline the claimed region's words in a sentence (claims carry its text, not
 * its offsets).
 */
export function findSpan(
  text: string,
  from: number,
  to: number,
  needle: string,
): { start: number; end: number } | null {
  if (!needle) return null;
  const i = text.slice(from, to).toLowerCase().indexOf(needle.toLowerCase());
  return i < 0 ? null : { start: from + i, end: from + i + needle.length };
}
