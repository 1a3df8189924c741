import { describe, expect, it } from 'vitest';
import type * as GeoJSON from 'geojson';
import { boundaryLines, EdgeSet } from './build-basemap.ts';

/** A square [x, x+1] × [0, 1] as a one-polygon MultiPolygon feature (closed ring). */
function square(x: number, id: string): GeoJSON.Feature<GeoJSON.MultiPolygon> {
  return {
    type: 'Feature',
    properties: { id },
    geometry: {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [x, 0],
            [x + 1, 0],
            [x + 1, 1],
            [x, 1],
            [x, 0],
          ],
        ],
      ],
    },
  };
}

const edgesOf = (lines: GeoJSON.Feature<GeoJSON.MultiLineString>[]) =>
  lines.flatMap((f) =>
    f.geometry.coordinates.flatMap((run) =>
      run.slice(1).map((p, i) =>
        [run[i], p]
          .map((q) => q.join(','))
          .sort()
          .join(' '),
      ),
    ),
  );

describe('boundaryLines', () => {
  it('draws a border shared by two polygons once', () => {
    const lines = boundaryLines([square(0, 'a'), square(1, 'b')], new EdgeSet());
    const edges = edgesOf(lines);
    expect(edges).toHaveLength(7); // 4 + 4 edges, one shared
    expect(new Set(edges).size).toBe(7);
    expect(edges.filter((e) => e === '1,0 1,1')).toHaveLength(1);
  });

  it('leaves out edges drawn elsewhere, and joins the rest into runs', () => {
    // The outline of the two squares together, as a country around two regions.
    const outer = new EdgeSet();
    boundaryLines(
      [
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'MultiPolygon',
            coordinates: [
              [
                [
                  [0, 0],
                  [1, 0],
                  [2, 0],
                  [2, 1],
                  [1, 1],
                  [0, 1],
                  [0, 0],
                ],
              ],
            ],
          },
        },
      ],
      outer,
    );
    const inner = boundaryLines([square(0, 'a'), square(1, 'b')], new EdgeSet(), outer);
    expect(edgesOf(inner)).toEqual(['1,0 1,1']);
    expect(inner).toHaveLength(1);
    expect(inner[0].properties).toEqual({ id: 'a' });
  });

  it('keeps a ring of consecutive kept edges as one run', () => {
    const lines = boundaryLines([square(0, 'a')], new EdgeSet());
    expect(lines[0].geometry.coordinates).toHaveLength(1);
    expect(lines[0].geometry.coordinates[0]).toHaveLength(5);
  });
});
