import type { ArticleAnalysis } from '../core/types.ts';

/**
 * Narrows analyses down to the given claims, for exporting what the user filtered: keeps the
 * listed claims, the mentions they are about, and the articles that still have a claim.
 * Sentences stay whole (offsets in the output refer to the full article text).
 *
 * @param analyses - the full corpus analysis
 * @param claimIds - ids of the claims to keep
 * @returns new analysis objects; the input is not modified
 * @example restrictToClaims(analyses, new Set(['003:c2'])) // one article, one claim
 */
export function restrictToClaims(
  analyses: readonly ArticleAnalysis[],
  claimIds: ReadonlySet<string>,
): ArticleAnalysis[] {
  const out: ArticleAnalysis[] = [];
  for (const a of analyses) {
    const claims = a.claims.filter((c) => claimIds.has(c.id));
    if (claims.length === 0) continue;
    const mentionIds = new Set(claims.map((c) => c.mention));
    out.push({ ...a, claims, mentions: a.mentions.filter((m) => mentionIds.has(m.id)) });
  }
  return out;
}
