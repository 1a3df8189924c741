import { newClaim, type ClaimDraft, type Directness } from './claim-draft.ts';
import type { Mention } from '../types.ts';

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

  add(
    s: number,
    subject: Mention,
    relation: ClaimDraft['relation'],
    asserted: ClaimDraft['asserted'],
    directness: Directness,
    near?: ClaimDraft['near'],
    anchorMention?: string,
  ): void {
    const key = `${subject.id}|${relation}|${asserted.regionId ?? asserted.name}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const c = newClaim(this.idPrefix + this.n++, s, subject.id, relation, asserted, directness);
    if (near) c.near = near;
    if (anchorMention) c.anchorMention = anchorMention;
    this.claims.push(c);
  }
}
