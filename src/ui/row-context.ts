import type { ClaimRow } from '../store/claim-rows.ts';

/** An article id as the list shows it: the part before the first `_` (`003_6b3a…` → `003`). */
export function shortArticleId(id: string): string {
  return id.split('_')[0];
}

/**
 * Where a claim comes from, as the list's second line ends: the article, the sentence
 * (numbered from 1) and, for a claim linked to another article's, that article. Rows about
 * the same place in the same article differ here ("004 · sentence 3", "004 · sentence 9").
 *
 * @param otherArticleId - the article of the first linked claim, if any
 * @example rowContext(row, '005_ab') // '004 · sentence 3 · vs 005'
 */
export function rowContext(row: ClaimRow, otherArticleId: string | null): string {
  const parts = [shortArticleId(row.articleId), `sentence ${row.claim.sentence + 1}`];
  if (otherArticleId && otherArticleId !== row.articleId)
    parts.push(`vs ${shortArticleId(otherArticleId)}`);
  return parts.join(' · ');
}
