import { describe, expect, it } from 'vitest';
import { buildClaimRows } from '../store/claim-rows.ts';
import { RESULT } from '../store/test-analyses.ts';
import { rowContext } from './row-context.ts';

describe('rowContext', () => {
  it('tells apart claims about one place in one article by their sentence', () => {
    const rows = buildClaimRows(RESULT.analyses, RESULT.points, RESULT.regions);
    const a0 = rows.find((r) => r.id === 'a:c0')!;
    const copy = { ...a0, id: 'a:c9', claim: { ...a0.claim, sentence: 1 } };
    expect(rowContext(a0, null)).toBe('a · sentence 1');
    expect(rowContext(copy, null)).toBe('a · sentence 2');
    expect(rowContext(a0, null)).not.toBe(rowContext(copy, null));
  });

  it('names the other article of a linked claim', () => {
    const rows = buildClaimRows(RESULT.analyses, RESULT.points, RESULT.regions);
    const b1 = rows.find((r) => r.id === 'b:c1')!;
    expect(rowContext({ ...b1, articleId: '004_x' }, '005_y')).toBe('004 · sentence 2 · vs 005');
  });
});
