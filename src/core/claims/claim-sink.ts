import { newClaim, type ClaimDraft } from './claim-draft.ts';
import type { AddClaim } from './rules/sentence-scope.ts';

/** The claims of one article, numbered in order, each (subject, relation, region) once. */
export class ClaimSink {
  readonly claims: ClaimDraft[] = [];
  private readonly seen = new Set<string>();
  private n = 0;
  /** The article's id and ":c": each claim id is one concatenation with its number. */
  private readonly idPrefix: string;

  constructor(articleId: string) {
    this.idPrefix = articleId + ':c';
  }

  /** Records one claim (see AddClaim); bound, so rules may be handed it alone. */
  readonly add: AddClaim = (s, subject, relation, asserted, directness, near, anchorMention) => {
    const key = `${subject.id}|${relation}|${asserted.regionId ?? asserted.name}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const c = newClaim(this.idPrefix + this.n++, s, subject.id, relation, asserted, directness);
    if (near) c.near = near;
    if (anchorMention) c.anchorMention = anchorMention;
    this.claims.push(c);
  };
}
