import { describe, expect, it } from 'vitest';
import { MAP_STYLE } from './map-style.ts';
import { mercatorMidpoint, selectionCollections } from './selection-features.ts';

describe('selection overlay', () => {
  it('labels the distance line once, at one point in its middle', () => {
    const c = selectionCollections({
      point: [34.494, 52.149],
      outline: null,
      line: [
        [34.494, 52.149],
        [37.5, 48.0],
      ],
      lineLabel: '390 km',
      suggestions: [],
    });
    const labels = c.line.features.filter((f) => f.properties?.label);
    expect(labels).toHaveLength(1);
    expect(labels[0].geometry.type).toBe('Point');
    expect(c.line.features.filter((f) => f.geometry.type === 'LineString')).toHaveLength(1);
    // Drawn by a point-placed label layer, not along the line (one label per tile piece).
    const layer = MAP_STYLE.layers.find((l) => l.id === 'selection-line-label')! as {
      filter?: unknown;
      layout?: Record<string, unknown>;
    };
    expect(layer.layout?.['symbol-placement']).toBeUndefined();
    expect(layer.filter).toEqual(['==', ['geometry-type'], 'Point']);
  });

  it('puts the label where the straight (Mercator) line is halfway', () => {
    expect(mercatorMidpoint([0, 0], [10, 0])).toEqual([5, 0]);
    const [, lat] = mercatorMidpoint([0, 0], [0, 60]);
    // Halfway up the map between the equator and 60°N is about 35.3°N, not 30°.
    expect(lat).toBeCloseTo(35.26, 1);
  });
});
