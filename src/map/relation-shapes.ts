import type { Relation } from '../core/types.ts';

/**
 * The marker shape of each claim relation, as a closed polygon in a unit box (x, y in -1..1,
 * y down). The map draws them as SDF icons and the list and legend as SVG, from this one
 * table, so shape (not colour alone) tells relations apart everywhere.
 */
export const RELATION_SHAPE: Record<Relation, readonly (readonly [number, number])[]> = {
  'in-region': regularPolygon(32, 0.9, 0),
  near: [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  direction: [
    [0, -1],
    [0.95, 0.8],
    [-0.95, 0.8],
  ],
  'actor-region': [
    [-0.8, -0.8],
    [0.8, -0.8],
    [0.8, 0.8],
    [-0.8, 0.8],
  ],
  'article-outlier': star(5, 1, 0.45),
  'cross-article': [
    [-0.3, -1],
    [0.3, -1],
    [0.3, -0.3],
    [1, -0.3],
    [1, 0.3],
    [0.3, 0.3],
    [0.3, 1],
    [-0.3, 1],
    [-0.3, 0.3],
    [-1, 0.3],
    [-1, -0.3],
    [-0.3, -0.3],
  ],
};

/** Name of the map image for a relation's marker. */
export function relationIconId(relation: Relation): string {
  return `claim-${relation}`;
}

function regularPolygon(n: number, r: number, rotation: number): [number, number][] {
  return Array.from({ length: n }, (_, i) => {
    const a = rotation + (2 * Math.PI * i) / n;
    return [r * Math.cos(a), r * Math.sin(a)];
  });
}

function star(points: number, outer: number, inner: number): [number, number][] {
  return Array.from({ length: 2 * points }, (_, i) => {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (Math.PI * i) / points;
    return [r * Math.cos(a), r * Math.sin(a)];
  });
}

/** SVG path data for a shape, scaled into a `size` x `size` box. */
export function shapePath(relation: Relation, size: number): string {
  const h = size / 2;
  return (
    RELATION_SHAPE[relation]
      .map(
        ([x, y], i) =>
          `${i === 0 ? 'M' : 'L'}${(h + x * h * 0.92).toFixed(2)},${(h + y * h * 0.92).toFixed(2)}`,
      )
      .join('') + 'Z'
  );
}
