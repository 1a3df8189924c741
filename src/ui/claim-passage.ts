import type { Claim, Mention, Sentence, Span } from '../core/types.ts';

/** Sentences further apart than this are shown as two excerpts joined by an ellipsis. */
const MAX_GAP = 2;

/**
 * The text ranges that show where a claim comes from. A claim's sentence need not contain its
 * place: "the loss of SevSk ... The city, once a bulwark ... in the DPR" claims SevSk through
 * an anaphor. So the passage runs from the mention's sentence to the claim's sentence; when
 * they are far apart, it is the two sentences on their own.
 *
 * @returns one or two ranges, in text order (empty when the sentence index is unknown)
 */
export function claimPassage(
  sentences: readonly Sentence[],
  claim: Claim,
  mention: Mention | null,
): Span[] {
  const cs = sentences[claim.sentence];
  if (!cs) return [];
  const ms = mention ? sentences[mention.sentence] : undefined;
  if (!ms || ms.index === cs.index) return [{ start: cs.start, end: cs.end }];
  const [a, b] = ms.index < cs.index ? [ms, cs] : [cs, ms];
  if (b.index - a.index <= MAX_GAP) return [{ start: a.start, end: b.end }];
  return [
    { start: a.start, end: a.end },
    { start: b.start, end: b.end },
  ];
}
