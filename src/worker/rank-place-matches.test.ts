import { describe, expect, it } from 'vitest';
import type { PlaceRef } from '../core/types.ts';
import type { PlaceMatch } from './protocol.ts';
import { rankPlaceMatches } from './rank-place-matches.ts';
import { EngineSession } from './engine-session.ts';
import { loadTestEngine } from './node-test-engine.ts';

/** Siversk, Donetsk Oblast (GeoNames 694403). */
const SIVERSK_DONETSK = 694403;
/** Seversk, Tomsk Oblast (GeoNames 1538637): a spelling variant of "Siversk", ten times larger. */
const SEVERSK_TOMSK = 1538637;

const place = (id: number, name: string, population: number): PlaceRef => ({
  id,
  name,
  lat: 0,
  lon: 0,
  countryCode: 'UA',
  admin1Code: '00',
  admin1Name: '',
  featureCode: 'PPL',
  population,
  idSource: 'geonames',
});

describe('rankPlaceMatches', () => {
  it('puts places named exactly what was typed first, then by kind of match, then size', () => {
    const matches: PlaceMatch[] = [
      { place: place(1, 'Seversk', 100_000), matchedBy: 'variant' },
      { place: place(2, 'Big Town', 50_000), matchedBy: 'alternate' },
      { place: place(3, 'Siversk', 11_000), matchedBy: 'exact' },
      { place: place(4, 'Siversk', 500), matchedBy: 'exact' },
    ];
    expect(rankPlaceMatches('siversk', matches).map((m) => m.place.id)).toEqual([3, 4, 2, 1]);
  });

  it('in the app search, "Siversk" lists Siversk, Donetsk above Seversk, Tomsk Oblast', async () => {
    const session = new EngineSession(await loadTestEngine());
    const ids = session.findPlaces('Siversk').map((m) => m.place.id);
    expect(ids[0]).toBe(SIVERSK_DONETSK);
    expect(ids).toContain(SEVERSK_TOMSK);
  });
});
