import { describe, expect, it } from 'vitest';
import { PlaceTable } from './intern-places.ts';
import type { ArticleResult } from './protocol.ts';
import type { PlaceRef } from '../core/types.ts';

const place = (id: number, name: string): PlaceRef => ({
  id,
  name,
  lat: 48,
  lon: 37,
  countryCode: 'UA',
  admin1Code: '05',
  admin1Name: 'Donetsk',
  featureCode: 'PPL',
  population: 1000,
});

/** A result whose one mention names `p` with `alts` as alternatives (fresh copies each call). */
function result(p: PlaceRef | null, alts: PlaceRef[]): ArticleResult {
  return {
    analysis: {
      id: 'a',
      title: '',
      source: null,
      date: null,
      url: null,
      sentences: [],
      mentions: [
        {
          id: 'a:m0',
          sentence: 0,
          start: 0,
          end: 1,
          text: 'x',
          kind: 'place',
          place: p && { ...p },
          regionId: null,
          precision: p ? 'place' : 'unresolved',
          confidence: 1,
          matchedBy: 'exact',
          alternatives: alts.map((a) => ({ place: { ...a }, score: 0.5 })),
          cues: [],
        },
      ],
      claims: [],
    },
    points: {},
    regions: {
      'UA.05': {
        id: 'UA.05',
        name: 'Donetsk Oblast',
        kind: 'admin1',
        countryName: 'Ukraine',
        bbox: [37, 47, 39, 49],
      },
    },
    version: 'test',
  } as unknown as ArticleResult;
}

describe('PlaceTable', () => {
  it('makes every copy of a place the same object, across results and alternatives', () => {
    const kupiansk = place(1, 'Kupiansk');
    const sumy = place(2, 'Sumy');
    const a = result(kupiansk, [sumy]);
    const b = result(sumy, [kupiansk]);
    const table = new PlaceTable();
    table.internResults([a]);
    table.internResults([b]);
    const ma = a.analysis.mentions[0];
    const mb = b.analysis.mentions[0];
    expect(ma.place).not.toBe(kupiansk);
    expect(mb.alternatives[0].place).toBe(ma.place);
    expect(mb.place).toBe(ma.alternatives[0].place);
    expect(mb.place).toEqual(sumy);
    expect(table.size).toBe(2);
    expect(b.regions['UA.05']).toBe(a.regions['UA.05']);
  });

  it('leaves unresolved mentions alone', () => {
    const r = result(null, []);
    new PlaceTable().internResults([r]);
    expect(r.analysis.mentions[0].place).toBeNull();
  });
});
