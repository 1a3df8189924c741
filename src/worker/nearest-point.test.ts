import { describe, expect, it } from 'vitest';
import type * as GeoJSON from 'geojson';
import { nearestPointOnOutline, outlineBounds } from './nearest-point.ts';

const square: GeoJSON.Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ],
  ],
};

describe('nearestPointOnOutline', () => {
  it('projects onto the nearest edge', () => {
    const p = nearestPointOnOutline(square, [5, 0.5])!;
    expect(p[0]).toBeCloseTo(1, 6);
    expect(p[1]).toBeCloseTo(0.5, 6);
  });

  it('snaps to a corner when the point is diagonal to it', () => {
    const p = nearestPointOnOutline(square, [-1, -1])!;
    expect(p[0]).toBeCloseTo(0, 6);
    expect(p[1]).toBeCloseTo(0, 6);
  });

  it('searches every polygon of a multipolygon', () => {
    const multi: GeoJSON.MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        square.coordinates,
        square.coordinates.map((r) => r.map(([x, y]) => [x + 10, y])),
      ],
    };
    const p = nearestPointOnOutline(multi, [12, 0.5])!;
    expect(p[0]).toBeCloseTo(11, 6);
  });

  it('returns null for an empty geometry', () => {
    expect(nearestPointOnOutline({ type: 'MultiPolygon', coordinates: [] }, [0, 0])).toBeNull();
  });
});

describe('outlineBounds', () => {
  it('is the bbox of the exterior rings', () => {
    expect(outlineBounds(square)).toEqual([0, 0, 1, 1]);
  });
});
