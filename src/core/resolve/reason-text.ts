import type { MatchedBy, PlaceRef, Reason } from '../types.ts';

const FEATURE: Record<string, string> = {
  PPLC: 'a capital',
  PPLA: 'a regional capital',
  PPLA2: 'a district centre',
  PPLA3: 'a local centre',
  PPLA4: 'a local centre',
  PPLX: 'part of a city',
  PPLH: 'a historical place',
  PPLQ: 'an abandoned place',
  PPLW: 'a destroyed place',
};

const MATCH: Record<MatchedBy, string> = {
  exact: 'the name matches exactly',
  alternate: 'another name of the place matches',
  variant: 'a spelling variant matches',
  fuzzy: 'a similar spelling, not the same',
  'context-fallback': 'placed by context',
};

const km = (d: unknown): string =>
  typeof d === 'number' ? `${d.toLocaleString('en-GB')} km` : 'far';

/**
 * One term of a candidate's score in plain words, for the candidate list.
 *
 * @example reasonText({ evidence: 'sentenceRegion', weight: 2.5 }, kupiansk)
 * // 'in Kharkiv, a region named in the same sentence'
 */
export function reasonText(r: Reason, place: PlaceRef): string {
  const region = place.admin1Name || 'its region';
  switch (r.evidence) {
    case 'population':
      return place.population > 0
        ? `population ${place.population.toLocaleString('en-GB')}`
        : 'population unknown';
    case 'featureCode':
      return FEATURE[String(r.detail)] ?? `a place of kind ${String(r.detail ?? '')}`;
    case 'matchedBy':
      return MATCH[r.detail as MatchedBy] ?? 'how the name matches';
    case 'fuzzyPerEdit':
      return r.detail === 1 ? '1 letter differs' : `${String(r.detail)} letters differ`;
    case 'qualifier':
      return `in ${region}, the region written next to the name`;
    case 'sentenceRegion':
      return `in ${region}, a region named in the same sentence`;
    case 'sentenceCountry':
      return `its country (${place.countryCode}) is named in the same sentence`;
    case 'articleRegion':
      return `in ${region}, a region the article names`;
    case 'country':
      return `its country (${place.countryCode}) is named in the article`;
    case 'coherence':
      return `${km(r.detail)} from the article's other places`;
    case 'farFromArticle':
      return `over 1,000 km from the article's other places (${km(r.detail)})`;
    case 'namedElsewhere':
      return 'the article names it elsewhere under another name';
    case 'sharedCandidate':
      return 'another name in the article can mean the same place';
    case 'theatre':
      return 'near the line of contact, in an article about the war';
    case 'areaForBareName':
      return 'a district or community, where the text names a settlement';
    case 'townSizeMismatch':
      return 'a big city, where the text says town or village';
  }
}

/** A term's weight with its sign: `+1.22`, `−0.30` (a minus sign, not a hyphen). */
export function weightText(w: number): string {
  return `${w < 0 ? '−' : '+'}${Math.abs(w).toFixed(2)}`;
}
