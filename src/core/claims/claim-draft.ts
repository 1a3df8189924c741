import type { Claim, Relation } from '../types.ts';

/**
 * How directly a sentence asserts a location, which bounds the severity of a mismatch:
 * - `direct`: the sentence says it outright ("X in the Y region", "X, Y Oblast", "X (Y)");
 * - `strong-actor`: an official of Y claims X as theirs ("the recently liberated city of X");
 * - `indirect`: through an anaphor ("The city ... in the DPR"), a direction named earlier in
 *   the article, or the article's own geography;
 * - `weak`: an official of Y merely mentions X ("following the capture of X").
 */
export type Directness = 'direct' | 'strong-actor' | 'indirect' | 'weak';

/** A claim before verification, plus what the verifier needs that is not output. */
export interface ClaimDraft extends Claim {
  directness: Directness;
  /** For `near` claims: the kind of nearness and its numbers. */
  near?: {
    kind: 'near' | 'road' | 'km' | 'compass' | 'border';
    km?: number;
    bearing?: number;
    word?: string;
  };
  /** Id of the mention the claim is anchored on (the Y of "near Y", the direction's city). */
  anchorMention?: string;
}

export function newClaim(
  id: string,
  sentence: number,
  mention: string,
  relation: Relation,
  asserted: Claim['asserted'],
  directness: Directness,
): ClaimDraft {
  return {
    id,
    sentence,
    mention,
    relation,
    asserted,
    verdict: 'unverifiable',
    severity: 'low',
    distanceKm: null,
    explanation: '',
    suggestions: [],
    related: [],
    directness,
  };
}

/** Drops the verifier-only fields, leaving the output form. */
export function toClaim(d: ClaimDraft): Claim {
  return {
    id: d.id,
    sentence: d.sentence,
    mention: d.mention,
    relation: d.relation,
    asserted: d.asserted,
    verdict: d.verdict,
    severity: d.severity,
    distanceKm: d.distanceKm,
    explanation: d.explanation,
    suggestions: d.suggestions,
    related: d.related,
  };
}
