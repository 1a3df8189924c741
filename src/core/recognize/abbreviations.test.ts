/** abbreviationAt on hand-written snippets. */
import { describe, expect, it } from 'vitest';
import { abbreviationAt } from './abbreviations.ts';

describe('abbreviationAt', () => {
  it('reads dotted country and state abbreviations whole', () => {
    expect(abbreviationAt('in the U.S. and', 7)).toEqual(['U.S.', 11]);
    expect(abbreviationAt('U.S.A. today', 0)).toEqual(['U.S.A.', 6]);
    expect(abbreviationAt('W.Va. police', 0)).toEqual(['W.Va.', 5]);
    expect(abbreviationAt('W. Va. police', 0)).toEqual(['W. Va.', 6]);
    expect(abbreviationAt('Calif., where', 0)).toEqual(['Calif.', 6]);
    expect(abbreviationAt('U.S.-led talks', 0)).toEqual(['U.S.', 4]);
  });

  it('reads capitals only as a whole word', () => {
    expect(abbreviationAt('the UAE-led force', 4)).toEqual(['UAE', 7]);
    expect(abbreviationAt('USSR', 0)).toBeNull();
    expect(abbreviationAt('USAID', 0)).toBeNull();
  });

  it('knows no titles', () => {
    expect(abbreviationAt('Mr. Smith', 0)).toBeNull();
    expect(abbreviationAt('Gov. Smith', 0)).toBeNull();
  });
});
