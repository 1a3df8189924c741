import { describe, expect, it } from 'vitest';
import {
  createExpression,
  validateStyleMin,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { MAP_STYLE, LAYER } from './map-style.ts';
import { claimOrder, type ClaimProperties } from './claim-features.ts';
import { relationIconId } from './relation-shapes.ts';
import { SEVERITY_SCALE } from './palette.ts';
import { RELATIONS, SEVERITIES, VERDICTS } from '../store/types.ts';

const points = MAP_STYLE.layers.find((l) => l.id === LAYER.points)!;
const layout = (points as { layout: Record<string, unknown> }).layout;

/** Evaluates a layout expression of the claims layer on a feature's properties. */
function evaluate(
  expression: unknown,
  properties: Partial<ClaimProperties>,
  type: 'number' | 'resolvedImage',
  zoom = 9,
): unknown {
  const spec = {
    type,
    'property-type': 'data-driven',
    expression: { interpolated: true, parameters: ['zoom', 'feature'] },
  } as unknown as StylePropertySpecification;
  const compiled = createExpression(expression, 'test', spec);
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  return compiled.value.evaluate({ zoom }, {
    type: 'Point',
    properties: properties as Record<string, unknown>,
  } as never);
}

describe('the map style', () => {
  it('is a valid maplibre style', () => {
    expect(validateStyleMin(MAP_STYLE)).toEqual([]);
  });

  it('draws claims in the order claimOrder gives, dismissed ones below all', () => {
    for (const verdict of VERDICTS)
      for (const severity of SEVERITIES)
        for (const dismissed of [undefined, true] as const) {
          const p = { verdict, severity, ...(dismissed ? { dismissed } : {}) };
          expect(evaluate(layout['symbol-sort-key'], p, 'number')).toBe(claimOrder(p));
        }
  });

  it('picks the relation icon and the severity size from the properties', () => {
    for (const relation of RELATIONS)
      expect(evaluate(layout['icon-image'], { relation }, 'resolvedImage')?.toString()).toBe(
        relationIconId(relation),
      );
    for (const severity of SEVERITIES)
      expect(evaluate(layout['icon-size'], { severity }, 'number', 9)).toBeCloseTo(
        1.05 * SEVERITY_SCALE[severity],
      );
  });
});
