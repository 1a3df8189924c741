import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../core/types.ts';
import { EngineSession } from '../worker/engine-session.ts';
import { loadTestEngine } from '../worker/node-test-engine.ts';
import { placeForSuggestion } from './suggestion-place.ts';

/** Siversk, Donetsk Oblast (GeoNames 694403): what "SevSk" in the DPR probably meant. */
const SIVERSK_DONETSK = 694403;

describe('placeForSuggestion', () => {
  it('finds the gazetteer place a suggestion names by its name and coordinates', async () => {
    const session = new EngineSession(await loadTestEngine());
    const siversk = session.findPlaces('Siversk').find((m) => m.place.id === SIVERSK_DONETSK)!;
    const s: Suggestion = {
      name: 'Siversk',
      lat: siversk.place.lat,
      lon: siversk.place.lon,
      admin1Name: 'Donetsk',
      reason: 'similar name',
    };
    expect(placeForSuggestion(s, session.findPlaces(s.name))?.id).toBe(SIVERSK_DONETSK);
    // A namesake elsewhere is not the place meant.
    expect(placeForSuggestion({ ...s, lat: 10, lon: 10 }, session.findPlaces(s.name))).toBeNull();
  });
});
