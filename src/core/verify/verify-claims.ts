import type {
  InRegionReading,
  MatchedBy,
  Mention,
  PlaceRef,
  Severity,
  Suggestion,
} from '../types.ts';
import type { Engine } from '../engine.ts';
import type { ClaimDraft, Directness } from '../claims/claim-draft.ts';
import { haversineKm, bearingDeg } from '../geo/haversine-km.ts';
import { placesWithPrefix, similarPlaces } from '../gazetteer/similar-places.ts';
import { foldKey } from '../text/fold-key.ts';
import { damerauLevenshtein } from '../text/edit-distance.ts';
import { findPlaces } from '../gazetteer/find-places.ts';
import type { RegionInfo } from '../regions/types.ts';

/**
 * Tolerances, in kilometres. A direction ("the Sumy direction") covers its region and a band
 * around it, because front sectors are named after the city or oblast they lead to; "near"
 * means within a typical artillery/front-line radius; "on the road to" is loose.
 */
export const TOLERANCE_KM = {
  /** in-region: points this close to the boundary count as inside (simplified borders). */
  inRegion: 5,
  direction: 50,
  directionCity: 100,
  /**
   * "near X": the 95th percentile of how far accurate reports put an event from the X of
   * their "near X" (Bellingcat reports and CIR titles with event points; 104 uses within
   * 300 km, median 5.5 km), from scripts/derive-tolerances.ts; pinned by
   * test/tolerances.test.ts. (41 before the theatre prior made more of those X confident.)
   */
  near: 33,
  /** "on the outskirts of X", "outside X": the same measure over 26 uses (median 9 km). */
  outskirts: 17,
  road: 200,
  actor: 5,
  /** "on the Y border": this close to Y's outline, inside or out. */
  border: 40,
};

/**
 * Below this resolution confidence a claim cannot be judged: on the real dev sets, readings
 * under 0.5 were right less than half the time (npm run evaluate -- --real, confidence bins:
 * 0.43 right under 0.5, 0.83 from 0.5 to 0.7), so a flag on them would be wrong more often
 * than right. A fuzzy reading is not judged either. Both become `unverifiable`, with the
 * candidates on the mention; an in-region claim still checks whether any place of the name
 * lies in the region (nameAbsent).
 */
export const MIN_CONFIDENCE = 0.5;
/**
 * Offshore places (Snake Island, a spit) lie in no region of the map: this close to the claimed
 * region they count as in it.
 */
export const OFFSHORE_KM = 50;
/** Below this confidence a mismatch is at most `medium`: a shaky reading never makes a high flag. */
export const HIGH_FLAG_CONFIDENCE = 0.6;

/**
 * Severity of a mismatch from how far off the place is and how directly the sentence asserts
 * the location:
 *   direct        > 100 km high, > 25 km medium, else low
 *   indirect      > 300 km high, > 100 km medium, else low
 *   strong-actor  like indirect, but at least medium (an official claims the place as theirs)
 *   weak          > 500 km medium, else low
 * then capped by resolution confidence (HIGH_FLAG_CONFIDENCE).
 */
export function severityOf(
  distanceKm: number,
  directness: Directness,
  confidence: number,
): Severity {
  let s: Severity;
  if (directness === 'direct') s = distanceKm > 100 ? 'high' : distanceKm > 25 ? 'medium' : 'low';
  else if (directness === 'weak') s = distanceKm > 500 ? 'medium' : 'low';
  else {
    s = distanceKm > 300 ? 'high' : distanceKm > 100 ? 'medium' : 'low';
    if (directness === 'strong-actor' && s === 'low') s = 'medium';
  }
  if (confidence < HIGH_FLAG_CONFIDENCE && s === 'high') s = 'medium';
  if (confidence < 0.45) s = 'low';
  return s;
}

const km = (d: number) => (d < 10 ? Math.round(d * 10) / 10 : Math.round(d));

/**
 * Sets verdict, severity, distance, explanation and suggestions of each claim, in place.
 * Containment uses point-in-polygon on the region data (bbox index first); outside, the
 * distance to the region's boundary.
 */
export function verifyClaims(claims: ClaimDraft[], mentions: Mention[], engine: Engine): void {
  const byId = new Map(mentions.map((m) => [m.id, m]));
  for (const c of claims) verifyClaim(c, byId.get(c.mention), engine, byId);
}

/**
 * What the checks need to know about a place, worked out once per (engine, place): news
 * repeats its places, and each fact costs a point-in-polygon test or a walk along a region's
 * outline. Keyed by the PlaceRef object (the gazetteer makes one per place), so a place from
 * elsewhere simply misses the memo.
 */
interface PlaceFacts {
  label: string | undefined;
  /** admin1At of the place; undefined until asked. */
  admin1: string | null | undefined;
  inside: Map<string, boolean>;
  distanceKm: Map<string, number>;
}

interface EngineMemo {
  places: WeakMap<PlaceRef, PlaceFacts>;
  countryNames: Map<string, string>;
  suggestions: Map<string, Suggestion[]>;
}

const MEMOS = new WeakMap<Engine, EngineMemo>();
/** Bound on the suggestion memo: a long-running app checks many corpora. */
const SUGGESTION_MEMO_SIZE = 10_000;

function memoOf(engine: Engine): EngineMemo {
  let memo = MEMOS.get(engine);
  if (!memo) {
    const countryNames = new Map<string, string>();
    // The first entry of a code wins, as Array.find did.
    for (const c of engine.gazetteer.meta.countries)
      if (!countryNames.has(c.code)) countryNames.set(c.code, c.name);
    memo = { places: new WeakMap(), countryNames, suggestions: new Map() };
    MEMOS.set(engine, memo);
  }
  return memo;
}

function factsOf(p: PlaceRef, engine: Engine): PlaceFacts {
  const places = memoOf(engine).places;
  let f = places.get(p);
  if (!f) {
    f = { label: undefined, admin1: undefined, inside: new Map(), distanceKm: new Map() };
    places.set(p, f);
  }
  return f;
}

function insideRegion(f: PlaceFacts, p: PlaceRef, regionId: string, engine: Engine): boolean {
  let inside = f.inside.get(regionId);
  if (inside === undefined) {
    inside = engine.regions.contains(regionId, p.lat, p.lon);
    f.inside.set(regionId, inside);
  }
  return inside;
}

function distanceToRegion(f: PlaceFacts, p: PlaceRef, regionId: string, engine: Engine): number {
  let d = f.distanceKm.get(regionId);
  if (d === undefined) {
    d = engine.regions.distanceKm(regionId, p.lat, p.lon);
    f.distanceKm.set(regionId, d);
  }
  return d;
}

function admin1Of(f: PlaceFacts, p: PlaceRef, engine: Engine): string | null {
  if (f.admin1 === undefined) f.admin1 = engine.regions.admin1At(p.lat, p.lon);
  return f.admin1;
}

function placeLabel(m: Mention, engine: Engine): string {
  const p = m.place!;
  const f = factsOf(p, engine);
  if (f.label === undefined) {
    const region = engine.regions.admin1ByGeoNamesCode(p.countryCode, p.admin1Code);
    const country = memoOf(engine).countryNames.get(p.countryCode) ?? p.countryCode;
    const where = region
      ? `${region.name}, ${region.countryName}`
      : p.admin1Name
        ? `${p.admin1Name}, ${country}`
        : country;
    f.label = `${p.name} (${where})`;
  }
  return f.label;
}

export function verifyClaim(
  c: ClaimDraft,
  m: Mention | undefined,
  engine: Engine,
  byId?: Map<string, Mention>,
): void {
  const regions = engine.regions;
  if (!m) {
    c.verdict = 'unverifiable';
    c.explanation = 'The place this claim is about was not found.';
    return;
  }
  if (!m.place || m.confidence < MIN_CONFIDENCE || m.matchedBy === 'fuzzy') {
    if (nameAbsent(c, m, engine) || misspeltFarAway(c, m, engine)) return;
    c.verdict = 'unverifiable';
    c.explanation = !m.place
      ? m.precision === 'admin1' && m.regionId
        ? `"${m.text}" is not in the gazetteer; it is placed approximately in ${regions.get(m.regionId)?.name ?? m.regionId}, so the claim cannot be checked.`
        : `"${m.text}" could not be resolved to a known place, so the claim cannot be checked.`
      : m.matchedBy === 'fuzzy'
        ? `"${m.text}" is not a known spelling; the closest name is ${placeLabel(m, engine)}, so the claim is not judged.`
        : `"${m.text}" could mean several places (best guess ${placeLabel(m, engine)}, confidence ${Math.round(m.confidence * 100)}%), so the claim is not judged.`;
    return;
  }
  const anchor = c.anchorMention ? byId?.get(c.anchorMention) : undefined;
  if (anchor && (anchor.confidence < MIN_CONFIDENCE || anchor.matchedBy === 'fuzzy')) {
    c.verdict = 'unverifiable';
    c.explanation = `"${anchor.text}" could not be placed confidently, so "${c.asserted.text}" cannot be checked.`;
    return;
  }
  const { lat, lon } = m.place;
  const label = placeLabel(m, engine);
  const facts = factsOf(m.place, engine);

  if (
    c.relation === 'near' &&
    c.near?.kind === 'border' &&
    c.asserted.regionId &&
    regions.get(c.asserted.regionId)
  ) {
    // On a border: within TOLERANCE_KM.border of the region's outline, on either side.
    const region = regions.get(c.asserted.regionId)!;
    const inside = regions.contains(region.id, lat, lon);
    const d = inside
      ? distanceToOutside(engine, region.id, lat, lon)
      : regions.distanceKm(region.id, lat, lon);
    c.distanceKm = km(d);
    if (d <= TOLERANCE_KM.border) {
      c.verdict = 'consistent';
      c.severity = 'low';
      c.explanation = `${label} is about ${km(d)} km from the border of ${region.name}, which fits "${c.asserted.text}".`;
    } else {
      c.verdict = 'mismatch';
      c.severity = severityOf(d - TOLERANCE_KM.border, c.directness, m.confidence);
      c.explanation = `${label} is about ${km(d)} km from the border of ${region.name}; "${c.asserted.text}" does not fit.`;
      c.suggestions = suggestionsFor(m, region.id, engine);
    }
    return;
  }
  if (c.relation === 'near') {
    verifyNear(c, m, lat, lon, label);
    return;
  }
  if (c.relation === 'article-outlier') {
    const d = nearestAnchor(c, lat, lon);
    c.distanceKm = km(d);
    c.verdict = 'mismatch';
    c.severity = severityOf(d, c.directness, m.confidence);
    c.explanation = `${label} is used here as a location, but it lies about ${km(d)} km from ${c.asserted.name}, where the rest of the article takes place. Check whether the writer meant a place nearby.`;
    return;
  }
  if (c.relation === 'cross-article') return; // judged by crossArticleClaims

  const regionId = c.asserted.regionId;
  const region = regionId ? regions.get(regionId) : undefined;
  if (!region) {
    // A direction named after a city with no region of its own: distance to the city.
    if (c.asserted.lat !== undefined && c.asserted.lon !== undefined) {
      const d = haversineKm(lat, lon, c.asserted.lat, c.asserted.lon);
      c.distanceKm = km(d);
      const ok = d <= TOLERANCE_KM.directionCity;
      c.verdict = ok ? 'consistent' : 'mismatch';
      c.severity = ok
        ? 'low'
        : severityOf(d - TOLERANCE_KM.directionCity, c.directness, m.confidence);
      c.explanation = ok
        ? `${label} is ${km(d)} km from ${c.asserted.name}, within the ${TOLERANCE_KM.directionCity} km this check allows for a front sector.`
        : `${label} is about ${km(d)} km from ${c.asserted.name}, too far to be on "${c.asserted.text}".`;
      return;
    }
    c.verdict = 'unverifiable';
    c.explanation = `The region "${c.asserted.text}" is not in the region data, so the claim cannot be checked.`;
    return;
  }

  const inside = insideRegion(facts, m.place, region.id, engine);
  const d = inside ? 0 : distanceToRegion(facts, m.place, region.id, engine);
  c.distanceKm = km(d);
  const tolerance =
    c.relation === 'direction'
      ? TOLERANCE_KM.direction
      : c.relation === 'actor-region'
        ? TOLERANCE_KM.actor
        : TOLERANCE_KM.inRegion;
  const actualAdmin1 = admin1Of(facts, m.place, engine);
  const actual = actualAdmin1 ? regions.get(actualAdmin1) : undefined;
  const control = actual?.control;
  // A city that is a region of its own is commonly said to be in the region around it.
  if (actualAdmin1 && regions.surroundingRegion(actualAdmin1) === region.id) {
    c.verdict = 'consistent';
    c.severity = 'low';
    c.distanceKm = 0;
    c.explanation = `${label} is a city with the status of a region, surrounded by ${region.name}; it is commonly said to be in it.`;
    return;
  }
  if (!actual && d <= OFFSHORE_KM) {
    c.verdict = 'consistent';
    c.severity = 'low';
    c.explanation = `${label} lies offshore, ${km(d)} km from ${region.name}, in no region of the map; it counts as in it.`;
    return;
  }
  if (inside || d <= tolerance) {
    c.verdict = 'consistent';
    c.severity = 'low';
    c.explanation = inside
      ? `${label} lies inside ${region.name}${controlNote(region.kind === 'country' ? control : undefined, region.id)}.`
      : `${label} lies ${km(d)} km outside ${region.name}, within the ${tolerance} km this check allows for ${relationWords(c)}.`;
    return;
  }
  // Crimea: a "Russia" claim about a place under Russian control since 2014 matches de facto.
  if (
    region.kind === 'country' &&
    control &&
    control.deFacto === region.id &&
    control.deJure !== region.id
  ) {
    c.verdict = 'consistent';
    c.severity = 'low';
    c.explanation = `${label} is de jure part of ${countryName(engine, control.deJure)} but under ${countryName(engine, control.deFacto)}'s control de facto; the claim matches de facto control (this check accepts either).`;
    return;
  }
  c.verdict = 'mismatch';
  c.severity = severityOf(d, c.directness, m.confidence);
  const where = actual ? `${actual.name}, ${actual.countryName}` : 'no region of the map';
  c.explanation = `${m.place.name} is in ${where}, about ${km(d)} km from ${region.name}. ${assertionWords(c, m)}`;
  c.suggestions = suggestionsFor(m, region.id, engine);
  if (c.relation === 'in-region') {
    const reading = inRegionReadingOf(m, region, engine);
    if (reading) {
      m.inRegionReading = reading;
      c.explanation += ` ${readingWords(m, reading, region)}`;
    }
  }
  void byId;
}

/**
 * The admin-1 region an in-region claim asserts, when the gazetteer holds every place of it
 * (its country's full GeoNames dump was merged), else null: only there does the absence of a
 * name prove anything.
 */
function completeRegion(c: ClaimDraft, engine: Engine): RegionInfo | null {
  if (c.relation !== 'in-region' || !c.asserted.regionId) return null;
  const region = engine.regions.get(c.asserted.regionId);
  if (!region || region.kind !== 'admin1') return null;
  return engine.gazetteer.meta.countryDumps?.includes(region.countryCode) ? region : null;
}

/**
 * For an in-region claim on a name the resolver could not pin down: whether no place of that
 * name (exact, alternate or generated spelling) lies in the claimed region although places of
 * it exist elsewhere. That holds whichever of them the writer meant, so it is a mismatch. Only
 * for regions of countries whose full GeoNames dump was merged: elsewhere the gazetteer lacks
 * villages, and absence proves nothing. Sets the verdict and returns true when it applies.
 */
function nameAbsent(c: ClaimDraft, m: Mention, engine: Engine): boolean {
  const region = completeRegion(c, engine);
  if (!region) return false;
  const gz = engine.gazetteer;
  const found = findPlaces(gz, m.text).filter((f) => f.matchedBy !== 'fuzzy');
  if (found.length === 0) return false;
  let nearest = Infinity;
  let nearestPlace = -1;
  for (const f of found) {
    const lat = gz.lat[f.place];
    const lon = gz.lon[f.place];
    const a1 = engine.regions.admin1At(lat, lon);
    if (a1 === region.id || (a1 && engine.regions.surroundingRegion(a1) === region.id))
      return false;
    const d = engine.regions.distanceKm(region.id, lat, lon);
    if (d <= TOLERANCE_KM.inRegion) return false;
    if (d < nearest) {
      nearest = d;
      nearestPlace = f.place;
    }
  }
  const p = gz.place(nearestPlace);
  c.verdict = 'mismatch';
  c.distanceKm = km(nearest);
  // Which place is meant is open, so the flag is never high.
  c.severity = severityOf(nearest, c.directness, HIGH_FLAG_CONFIDENCE - 0.01);
  const n = found.length;
  c.explanation = `No place called "${m.text}" lies in ${region.name}. ${
    n === 1 ? 'The one place of that name is' : `Of the ${n} places of that name, the nearest is`
  } ${p.name} (${p.admin1Name || p.countryCode}), about ${km(nearest)} km from ${region.name}.`;
  c.suggestions = suggestionsFor(m, region.id, engine);
  return true;
}

/**
 * For an in-region claim on a misspelt name ("Popsana, Rivne Oblast"): whether the closest
 * known name lies far from the claimed region and no similar name lies in it. Whichever place
 * was meant, it is not in the region; the flag is at most medium (the reading is a guess).
 */
function misspeltFarAway(c: ClaimDraft, m: Mention, engine: Engine): boolean {
  const region = completeRegion(c, engine);
  if (!region) return false;
  // The reading, or for a name placed approximately in the claimed region the candidate that
  // the resolver found most likely (which the claimed region must not stand in for).
  const top = m.alternatives[0];
  const place =
    m.matchedBy === 'fuzzy'
      ? m.place
      : m.matchedBy === 'context-fallback' && top && top.score >= 0.5
        ? top.place
        : null;
  if (!place) return false;
  const d = engine.regions.distanceKm(region.id, place.lat, place.lon);
  if (d <= TOLERANCE_KM.inRegion) return false;
  if (suggestionsFor(m, region.id, engine).length > 0) return false;
  c.verdict = 'mismatch';
  c.distanceKm = km(d);
  c.severity = severityOf(d, c.directness, HIGH_FLAG_CONFIDENCE - 0.01);
  c.explanation = `"${m.text}" is not a known spelling. The closest name, ${place.name} (${place.admin1Name || place.countryCode}), lies about ${km(d)} km from ${region.name}, and no similar name lies in ${region.name}.`;
  return true;
}

/**
 * The best reading of a mention inside a claimed region its chosen place is not in: the
 * largest place of the same name (exact, alternate or generated spelling) there, else the
 * closest spelling there (a look-alike, which the claim never makes the answer by itself).
 * Only mismatches ask, so the lookups cost nothing on the common path.
 */
export function inRegionReadingOf(
  m: Mention,
  region: RegionInfo,
  engine: Engine,
): InRegionReading | undefined {
  const admin1 =
    region.kind === 'admin1'
      ? [region.id]
      : region.kind === 'composite'
        ? [...(region.members ?? [])]
        : [];
  if (admin1.length === 0) return undefined;
  const gz = engine.gazetteer;
  const key = foldKey(m.text);
  let best = -1;
  let bestBy: MatchedBy = 'exact';
  for (const f of findPlaces(gz, m.text)) {
    if (f.matchedBy === 'fuzzy' || !admin1.includes(gz.admin1Key(f.place))) continue;
    if (best < 0 || gz.population[f.place] > gz.population[best]) {
      best = f.place;
      bestBy = f.matchedBy;
    }
  }
  if (best >= 0) {
    const p = gz.place(best);
    return {
      place: p,
      regionId: gz.admin1Key(best),
      matchedBy: bestBy,
      letters: damerauLevenshtein(key, foldKey(p.name), READING_MAX_LETTERS),
    };
  }
  const close = similarPlaces(gz, m.text, admin1, 2, 1)[0];
  if (!close) return undefined;
  return {
    place: gz.place(close.place),
    regionId: gz.admin1Key(close.place),
    matchedBy: 'fuzzy',
    letters: close.distance,
  };
}

/** Edit distances are counted up to this (more reads as "n or more letters apart"). */
const READING_MAX_LETTERS = 9;

/** The sentence an explanation adds about the in-region reading. */
function readingWords(m: Mention, r: InRegionReading, region: RegionInfo): string {
  const apart = `${r.letters} letter${r.letters === 1 ? '' : 's'} apart`;
  const asWritten = m.place
    ? `${m.place.name}${m.place.admin1Name ? ` (${m.place.admin1Name})` : ''}`
    : `"${m.text}"`;
  return r.matchedBy === 'fuzzy'
    ? `As written, the name is ${asWritten}; ${r.place.name}, ${apart}, lies in ${region.name}.`
    : `Another place of that name, ${r.place.name}, lies in ${region.name}${r.letters > 0 ? ` (${apart} as written)` : ''}; the text reads more like ${asWritten}.`;
}

/** Distance from a point inside a region to the region's outline (to the nearest outside). */
function distanceToOutside(engine: Engine, regionId: string, lat: number, lon: number): number {
  // The nearest neighbouring country or admin-1 region's distance approximates the outline.
  const r = engine.regions.get(regionId)!;
  let best = Infinity;
  for (const other of engine.regions.regions) {
    if (other.kind !== r.kind || other.id === r.id) continue;
    const [w, s, e, n] = other.bbox;
    if (lat < s - 3 || lat > n + 3 || lon < w - 4 || lon > e + 4) continue;
    best = Math.min(best, engine.regions.distanceKm(other.id, lat, lon));
  }
  return best;
}

function relationWords(c: ClaimDraft): string {
  return c.relation === 'direction'
    ? 'a front direction'
    : c.relation === 'actor-region'
      ? "an official's own region"
      : 'drawing accuracy';
}

function assertionWords(c: ClaimDraft, m: Mention): string {
  switch (c.relation) {
    case 'in-region':
      return `The text places "${m.text}" in ${c.asserted.text}, which does not fit.`;
    case 'direction':
      return `The text puts "${m.text}" on ${c.asserted.text}; this check allows up to ${TOLERANCE_KM.direction} km outside the region.`;
    case 'actor-region':
      return `The text has "${c.asserted.text}" speaking about "${m.text}" as if it were in their area.`;
    default:
      return '';
  }
}

function controlNote(
  control: { deJure: string; deFacto: string } | undefined,
  regionId: string,
): string {
  if (!control || control.deJure === control.deFacto) return '';
  return control.deJure === regionId
    ? ` (de jure; it is under ${control.deFacto} control de facto)`
    : ` (de facto; de jure it belongs to ${control.deJure})`;
}

function countryName(engine: Engine, code: string): string {
  return engine.regions.get(code)?.name ?? code;
}

function nearestAnchor(c: ClaimDraft, lat: number, lon: number): number {
  if (c.asserted.lat === undefined || c.asserted.lon === undefined) return 0;
  return haversineKm(lat, lon, c.asserted.lat, c.asserted.lon);
}

const OCTANTS = [
  'north',
  'north-east',
  'east',
  'south-east',
  'south',
  'south-west',
  'west',
  'north-west',
];

function verifyNear(c: ClaimDraft, m: Mention, lat: number, lon: number, label: string): void {
  const spec = c.near!;
  const aLat = c.asserted.lat!;
  const aLon = c.asserted.lon!;
  const d = haversineKm(lat, lon, aLat, aLon);
  c.distanceKm = km(d);
  const problems: string[] = [];
  let off = 0;
  if (spec.kind === 'km' && spec.km !== undefined) {
    const slack = Math.max(10, spec.km * 0.3);
    if (Math.abs(d - spec.km) > slack) {
      problems.push(`the text says ${spec.km} km, but the distance is about ${km(d)} km`);
      off = Math.abs(d - spec.km) - slack;
    }
  } else if (spec.kind === 'road') {
    if (d > TOLERANCE_KM.road) {
      problems.push(
        `it is about ${km(d)} km from ${c.asserted.name}, too far for "${c.asserted.text}"`,
      );
      off = d - TOLERANCE_KM.road;
    }
  } else if (spec.kind === 'near') {
    const outskirts = /outskirts|outside/.test(spec.word ?? '');
    const tolerance = outskirts ? TOLERANCE_KM.outskirts : TOLERANCE_KM.near;
    if (d > tolerance) {
      problems.push(
        `it is about ${km(d)} km from ${c.asserted.name}; "${spec.word ?? 'near'}" is taken to mean within ${tolerance} km`,
      );
      off = d - tolerance;
    }
  }
  if (spec.bearing !== undefined && d > 5) {
    const actual = bearingDeg(aLat, aLon, lat, lon);
    let diff = Math.abs(actual - spec.bearing) % 360;
    if (diff > 180) diff = 360 - diff;
    if (diff > 67.5) {
      problems.push(
        `it lies ${OCTANTS[Math.round(actual / 45) % 8]} of ${c.asserted.name}, not ${spec.word}`,
      );
      off = Math.max(off, d * Math.sin(Math.min(Math.PI / 2, ((diff - 45) * Math.PI) / 180)));
    }
  }
  if (!problems.length) {
    c.verdict = 'consistent';
    c.severity = 'low';
    c.explanation = `${label} is about ${km(d)} km from ${c.asserted.name}, which fits "${c.asserted.text}".`;
    return;
  }
  c.verdict = 'mismatch';
  c.severity = severityOf(Math.max(off, 0), c.directness, m.confidence);
  c.explanation = `${label}: ${problems.join('; ')}.`;
}

/**
 * Similarly spelled places inside the claimed region, with why each was suggested. The
 * answer depends on the mention's text and the region alone, and the same mistake recurs,
 * so it is memoised; each claim gets its own array of the shared (immutable) suggestions.
 */
export function suggestionsFor(m: Mention, regionId: string, engine: Engine): Suggestion[] {
  const memo = memoOf(engine).suggestions;
  const key = `${regionId}\u0000${m.text}`;
  let out = memo.get(key);
  if (!out) {
    if (memo.size >= SUGGESTION_MEMO_SIZE) memo.clear();
    out = computeSuggestions(m.text, regionId, engine);
    memo.set(key, out);
  }
  return out.slice();
}

function computeSuggestions(text: string, regionId: string, engine: Engine): Suggestion[] {
  const region = engine.regions.get(regionId);
  if (!region) return [];
  const admin1 =
    region.kind === 'admin1'
      ? [region.id]
      : region.kind === 'composite'
        ? [...(region.members ?? [])]
        : [];
  if (!admin1.length) return [];
  const gz = engine.gazetteer;
  const close = similarPlaces(gz, text, admin1, 2, 5);
  const out: Suggestion[] = close.map((s) => {
    const p = gz.place(s.place);
    const via = s.via !== foldKey(p.name) ? ` (also written "${titleCase(s.via)}")` : '';
    return {
      name: p.name,
      lat: p.lat,
      lon: p.lon,
      admin1Name: regionName(engine, p.countryCode, p.admin1Code) ?? p.admin1Name,
      reason: `Spelled like "${text}"${via}, ${s.distance} letter${s.distance === 1 ? '' : 's'} apart, and inside ${region.name}.`,
    };
  });
  if (out.length < 5) {
    const have = new Set(close.map((s) => s.place));
    for (const s of placesWithPrefix(gz, text, admin1, 3, 5)) {
      if (out.length >= 5 || have.has(s.place)) continue;
      const p = gz.place(s.place);
      const via = s.via !== foldKey(p.name) ? ` (also written "${titleCase(s.via)}")` : '';
      out.push({
        name: p.name,
        lat: p.lat,
        lon: p.lon,
        admin1Name: regionName(engine, p.countryCode, p.admin1Code) ?? p.admin1Name,
        reason: `Begins like "${text}"${via} and is a town inside ${region.name}; weaker evidence than a close spelling.`,
      });
    }
  }
  return out;
}

function regionName(engine: Engine, cc: string, a1: string): string | undefined {
  return engine.regions.admin1ByGeoNamesCode(cc, a1)?.name;
}

function titleCase(s: string): string {
  return s.replace(/\b\w/g, (ch) => ch.toUpperCase());
}
