/**
 * What every stage shares: the loaded engine, and the hand-offs between recognition and
 * resolution (the output types of the pipeline are in types.ts). Stages import these types from
 * here, never from the pipeline or from each other.
 */
import type { MatchedBy } from './types.ts';
import type { Gazetteer } from './gazetteer/gazetteer.ts';
import type { RegionSet } from './regions/region-set.ts';
import type { Lexicon } from './recognize/lexicon.ts';

/** Everything the analysis needs, loaded once (pipeline.ts createEngine makes it). */
export interface Engine {
  gazetteer: Gazetteer;
  regions: RegionSet;
  lexicon: Lexicon;
}

/** A gazetteer place a name may mean, and how the name reached it. */
export interface PlaceHit {
  place: number;
  matchedBy: MatchedBy;
  /** Edit distance for fuzzy hits, else 0. */
  distance: number;
}

/** A recognised name before resolution (recognize -> qualifiers -> resolve). */
export interface RawMention {
  start: number;
  end: number;
  sentence: number;
  text: string;
  kind: 'place' | 'region' | 'country';
  /** Folded key of the name (without region words). */
  key: string;
  hits: PlaceHit[];
  /** Region ids for region/country mentions, and the regions a "Y direction" may mean. */
  regionIds: string[];
  /** A settlement-like name in a place context that the gazetteer does not know. */
  unknown: boolean;
  /**
   * Regions that a qualifier attached to the name places it in: "X, Donetsk", "X, Sumy
   * Oblast", "X (Y district, Z region)" (filled by resolve/qualifiers.ts).
   */
  qualifiers: string[];
  /**
   * The qualifier is a city ("X, Donetsk" read as the oblast of Donetsk, "Y district of Z"):
   * a district of that city may be meant.
   */
  qualifierIsCity?: boolean;
  /** The folded name of that city, when the qualifier is one ("donetsk"). */
  qualifierCity?: string;
  /** Context cues: `direction`, `actor-context`, `city-of`, `possessive`, `seat-of-power`. */
  cues: string[];
}
