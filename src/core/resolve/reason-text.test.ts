import { describe, expect, it } from 'vitest';
import type { Evidence, PlaceRef } from '../types.ts';
import { reasonText, weightText } from './reason-text.ts';
import { WEIGHTS } from './resolve.ts';

const PLACE: PlaceRef = {
  id: 703656,
  name: 'Kupiansk',
  lat: 49.71,
  lon: 37.62,
  countryCode: 'UA',
  admin1Code: '07',
  admin1Name: 'Kharkiv',
  featureCode: 'PPLA2',
  population: 27169,
  idSource: 'geonames',
};

describe('reasons in words', () => {
  it('says each kind of evidence in plain words, with the place it is about', () => {
    expect(reasonText({ evidence: 'population', weight: 1.1 }, PLACE)).toBe('population 27,169');
    expect(reasonText({ evidence: 'featureCode', weight: 0.15, detail: 'PPLA2' }, PLACE)).toBe(
      'a district centre',
    );
    expect(reasonText({ evidence: 'matchedBy', weight: 0.4, detail: 'exact' }, PLACE)).toBe(
      'the name matches exactly',
    );
    expect(reasonText({ evidence: 'fuzzyPerEdit', weight: -0.5, detail: 2 }, PLACE)).toBe(
      '2 letters differ',
    );
    expect(reasonText({ evidence: 'sentenceRegion', weight: 2.5 }, PLACE)).toBe(
      'in Kharkiv, a region named in the same sentence',
    );
    expect(reasonText({ evidence: 'coherence', weight: 0.4, detail: 1234 }, PLACE)).toBe(
      "1,234 km from the article's other places",
    );
  });

  it('has words for every evidence the resolver weighs, none of them code', () => {
    const names = Object.keys(WEIGHTS).filter(
      (k) => k !== 'coherenceKm' && k !== 'theatreKm' && k !== 'temperature',
    );
    for (const evidence of names as Evidence[]) {
      const text = reasonText({ evidence, weight: 1, detail: 3 }, PLACE);
      expect(text.length).toBeGreaterThan(5);
      expect(text).not.toMatch(/undefined|[A-Z]{4}|[a-z][A-Z]/);
    }
  });

  it('signs weights with a true minus', () => {
    expect(weightText(1.224)).toBe('+1.22');
    expect(weightText(-0.3)).toBe('−0.30');
  });
});
