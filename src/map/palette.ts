import type { Relation, Severity, Verdict } from '../core/types.ts';

/**
 * Verdict colours from the Okabe-Ito palette, distinguishable with the common colour-vision
 * deficiencies (Okabe & Ito 2008, https://jfly.uni-koeln.de/color/). Colour is never the only
 * cue: the list spells the verdict out and mismatches get a dark outline on the map.
 */
export const VERDICT_COLOR: Record<Verdict, string> = {
  mismatch: '#D55E00', // vermillion
  consistent: '#009E73', // bluish green
  unverifiable: '#999999', // grey
};

export const VERDICT_LABEL: Record<Verdict, string> = {
  mismatch: 'Mismatch',
  consistent: 'Consistent',
  unverifiable: 'Unverifiable',
};

/**
 * Clusters without a mismatch: a slate blue, so they are not read as "Unverifiable" (grey), and
 * white counts on them stay legible (7:1).
 */
export const CLUSTER_COLOR = '#3D5A80';

/** Okabe-Ito blue, for suggestions (what the writer probably meant). */
export const SUGGESTION_COLOR = '#0072B2';
/** Okabe-Ito reddish purple, for the claimed region and the gap line. */
export const CLAIMED_REGION_COLOR = '#CC79A7';

export const SEVERITY_LABEL: Record<Severity, string> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

/** Marker scale per severity: a high-severity mismatch is the biggest thing on the map. */
export const SEVERITY_SCALE: Record<Severity, number> = { high: 1.25, medium: 1, low: 0.8 };

export const RELATION_LABEL: Record<Relation, string> = {
  'in-region': 'In region',
  near: 'Near',
  direction: 'Direction',
  'actor-region': 'Official of region',
  'article-outlier': 'Outlier in article',
  'cross-article': 'Swapped across articles',
};
