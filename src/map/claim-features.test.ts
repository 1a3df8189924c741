import { describe, expect, it } from 'vitest';
import { claimFeatures, claimOrder, pointBounds } from './claim-features.ts';
import { buildClaimRows } from '../store/claim-rows.ts';
import { RESULT } from '../store/test-analyses.ts';

const rows = buildClaimRows(RESULT.analyses, RESULT.points, RESULT.regions);

describe('claimFeatures', () => {
  it('makes one point per located claim with flat style properties', () => {
    const fc = claimFeatures(rows);
    expect(fc.features).toHaveLength(rows.length);
    const sevsk = fc.features.find((f) => f.properties!.id === 'a:c0')!;
    expect(sevsk.geometry.coordinates).toEqual([34.494, 52.149]);
    // Only what the style cannot derive: icon, size and order are expressions (map-style.ts).
    expect(sevsk.properties).toEqual({
      id: 'a:c0',
      verdict: 'mismatch',
      severity: 'high',
      relation: 'in-region',
      label: 'SevSk',
    });
    // The worst claims draw on top.
    const order = (id: string) =>
      claimOrder(fc.features.find((f) => f.properties.id === id)!.properties);
    expect(order('a:c0')).toBeGreaterThan(order('b:c1'));
    expect(order('b:c1')).toBeGreaterThan(order('a:c1'));
  });

  it('marks dismissed claims (faint, drawn below) and labels corrected places', () => {
    const fc = claimFeatures([{ ...rows[0], corrected: true }, rows[1]], (c) =>
      c.id === rows[0].id ? 'dismissed' : undefined,
    );
    expect(fc.features[0].properties).toMatchObject({
      dismissed: true,
      label: 'SevSk (corrected)',
    });
    expect(claimOrder(fc.features[0].properties)).toBe(-1);
    expect('dismissed' in fc.features[1].properties).toBe(false);
  });

  it('skips claims without a point and counts claims sharing one', () => {
    const stacked = [
      rows[0],
      { ...rows[1], id: 'x', point: rows[0].point },
      { ...rows[2], point: null },
    ];
    const fc = claimFeatures(stacked);
    expect(fc.features).toHaveLength(2);
    expect(fc.features[0].properties.label).toBe('SevSk (2)');
    // Claims on one point (one array on the page) share one geometry object.
    expect(fc.features[1].geometry).toBe(fc.features[0].geometry);
    // Points a metre apart are different points.
    const near = claimFeatures([rows[0], { ...rows[1], point: [34.49401, 52.149] }]);
    expect(near.features.map((f) => f.properties.label)).toEqual(['SevSk', rows[1].placeText]);
  });

  it('bounds the points', () => {
    expect(pointBounds(claimFeatures(rows))).toEqual([30.52, 48.282, 37.176, 52.149]);
    expect(pointBounds({ type: 'FeatureCollection', features: [] })).toBeNull();
  });
});
