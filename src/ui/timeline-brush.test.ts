import { describe, expect, it } from 'vitest';
import { brushRange, dayIndexAt } from './timeline-brush.ts';

const DAYS = ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04'];

describe('timeline brush', () => {
  it('maps a position to its day, clamped to the timeline', () => {
    expect(dayIndexAt(0, 400, 4)).toBe(0);
    expect(dayIndexAt(399, 400, 4)).toBe(3);
    expect(dayIndexAt(400, 400, 4)).toBe(3);
    expect(dayIndexAt(-20, 400, 4)).toBe(0);
    expect(dayIndexAt(150, 400, 4)).toBe(1);
  });

  it('turns a drag, either way, into the days it covers', () => {
    expect(brushRange(DAYS, 120, 260, 400)).toEqual({ from: '2024-01-02', to: '2024-01-03' });
    expect(brushRange(DAYS, 260, 120, 400)).toEqual({ from: '2024-01-02', to: '2024-01-03' });
    // A click is a brush of one day.
    expect(brushRange(DAYS, 350, 350, 400)).toEqual({ from: '2024-01-04', to: '2024-01-04' });
    expect(brushRange([], 0, 10, 400)).toBeNull();
  });
});
