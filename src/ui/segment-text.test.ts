import { describe, expect, it } from 'vitest';
import { findSpan, segmentText } from './segment-text.ts';

describe('segmentText', () => {
  it('covers the range exactly, marking spans', () => {
    expect(segmentText(0, 11, [{ start: 6, end: 11 }])).toEqual([
      { start: 0, end: 6, span: null },
      { start: 6, end: 11, span: 0 },
    ]);
  });

  it('sorts spans and clips them to the range', () => {
    const segs = segmentText(5, 20, [
      { start: 15, end: 25 },
      { start: 2, end: 7 },
    ]);
    expect(segs).toEqual([
      { start: 5, end: 7, span: 1 },
      { start: 7, end: 15, span: null },
      { start: 15, end: 20, span: 0 },
    ]);
  });

  it('skips overlapping spans and empty ones', () => {
    const segs = segmentText(0, 10, [
      { start: 2, end: 6 },
      { start: 4, end: 8 },
      { start: 9, end: 9 },
    ]);
    expect(segs.map((s) => s.span)).toEqual([null, 0, null]);
    expect(segs[segs.length - 1].end).toBe(10);
  });

  it('returns one plain segment without spans', () => {
    expect(segmentText(3, 9, [])).toEqual([{ start: 3, end: 9, span: null }]);
  });
});

describe('findSpan', () => {
  it('finds text case-insensitively inside the range only', () => {
    const text = 'In the DPR. Then the dpr again.';
    expect(findSpan(text, 0, 11, 'dpr')).toEqual({ start: 7, end: 10 });
    expect(findSpan(text, 12, text.length, 'DPR')).toEqual({ start: 21, end: 24 });
    expect(findSpan(text, 0, 5, 'DPR')).toBeNull();
  });
});
