import { describe, expect, it } from 'vitest';
import { sdfFromCoverage } from './signed-distance.ts';

describe('sdfFromCoverage', () => {
  // A 9x9 square in a 21x21 grid.
  const w = 21;
  const coverage = new Uint8Array(w * w);
  for (let y = 6; y < 15; y++) for (let x = 6; x < 15; x++) coverage[y * w + x] = 255;
  const sdf = sdfFromCoverage(coverage, w, w, 4);

  it('is high inside, low outside, falling across the edge', () => {
    expect(sdf[10 * w + 10]).toBe(255);
    expect(sdf[0]).toBe(0);
    const inside = sdf[10 * w + 6];
    const outside = sdf[10 * w + 5];
    expect(inside).toBeGreaterThanOrEqual(191);
    expect(outside).toBeLessThan(191);
    expect(outside).toBeGreaterThan(0);
  });

  it('is symmetric for a symmetric shape', () => {
    expect(sdf[10 * w + 3]).toBe(sdf[10 * w + 17]);
    expect(sdf[3 * w + 10]).toBe(sdf[17 * w + 10]);
  });

  it('falls by 255 / radius per pixel away from the shape', () => {
    const a = sdf[10 * w + 4];
    const b = sdf[10 * w + 3];
    expect(a - b).toBeGreaterThanOrEqual(Math.floor(255 / 4) - 1);
    expect(a - b).toBeLessThanOrEqual(Math.ceil(255 / 4) + 1);
  });
});
