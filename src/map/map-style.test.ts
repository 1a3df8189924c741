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
const paint = (points as { paint: Record<string, unknown> }).paint;

/** Evaluates a layout expression of the claims layer on a feature's properties. */
function evaluate(
  expression: unknown,
  properties: Partial<ClaimProperties>,
  type: 'number' | 'resolvedImage' | 'color',
  zoom = 9,
  featureState: Record<string, unknown> = {},
): unknown {
  const spec = {
    type,
    'property-type': 'data-driven',
    expression: { interpolated: true, parameters: ['zoom', 'feature', 'feature-state'] },
  } as unknown as StylePropertySpecification;
  const compiled = createExpression(expression, 'test', spec);
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  return compiled.value.evaluate(
    { zoom },
    { type: 'Point', properties: properties as Record<string, unknown> } as never,
    featureState as never,
  );
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

  it('rings the hovered claim (feature-state) more boldly than any other, dismissed or not', () => {
    for (const verdict of VERDICTS)
      for (const dismissed of [false, true]) {
        const p = { verdict, ...(dismissed ? { dismissed } : {}) };
        const width = (hover: boolean) =>
          evaluate(paint['icon-halo-width'], p, 'number', 9, { hover }) as number;
        const opacity = (hover: boolean) =>
          evaluate(paint['icon-opacity'], p, 'number', 9, { hover }) as number;
        expect(width(true)).toBeGreaterThan(width(false));
        expect(width(true)).toBeGreaterThanOrEqual(3);
        expect(opacity(true)).toBe(1);
        expect(opacity(false)).toBe(dismissed ? 0.35 : 1);
        expect(String(evaluate(paint['icon-halo-color'], p, 'color', 9, { hover: true }))).toBe(
          'rgba(0,0,0,1)',
        );
      }
  });
});
