import { describe, expect, it } from 'vitest';
import { DrawPacing } from './draw-pacing.ts';

describe('DrawPacing', () => {
  it('draws at once before any draw', () => {
    expect(new DrawPacing().delay(1_000)).toBe(0);
  });

  it('waits twice as long as the last draw took, counted from its end', () => {
    const p = new DrawPacing();
    p.drew(1_000, 1_400); // 400 ms
    expect(p.delay(1_400)).toBe(800);
    expect(p.delay(1_900)).toBe(300);
    expect(p.delay(2_200)).toBe(0);
    expect(p.delay(5_000)).toBe(0);
  });

  it('never waits more than MAX_PAUSE_MS', () => {
    const p = new DrawPacing();
    p.drew(0, 10_000);
    expect(p.delay(10_000)).toBe(DrawPacing.MAX_PAUSE_MS);
  });

  it('a quick draw leaves almost no pause', () => {
    const p = new DrawPacing();
    p.drew(0, 5);
    expect(p.delay(5)).toBe(10);
  });
});
