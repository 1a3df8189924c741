import type { PlaceRef, Suggestion } from '../core/types.ts';
import { haversineKm } from '../core/geo/haversine-km.ts';
import type { PlaceMatch } from '../worker/protocol.ts';

/** A suggestion and its gazetteer entry are the same place within this distance. */
const SAME_PLACE_KM = 2;

/**
 * The gazetteer place a "probably meant" suggestion names (a suggestion carries the place's
 * name and coordinates, not its id): among the places found by its name, the one at its
 * coordinates; null when none is.
 */
export function placeForSuggestion(s: Suggestion, found: readonly PlaceMatch[]): PlaceRef | null {
  let best: PlaceRef | null = null;
  let bestKm = SAME_PLACE_KM;
  for (const { place } of found) {
    const km = haversineKm(s.lat, s.lon, place.lat, place.lon);
    if (km <= bestKm) {
      best = place;
      bestKm = km;
    }
  }
  return best;
}
