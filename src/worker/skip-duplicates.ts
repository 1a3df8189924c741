import type { ArticleInput } from '../core/types.ts';

/** An article left out because its text is already in the workspace (or earlier in the batch). */
export interface DuplicateArticle {
  /** The id it was given (before any renaming). */
  id: string;
  title: string | undefined;
  /** Id of the article with the same text. */
  sameAs: string;
}

/**
 * Splits articles to add into new ones and those whose text is already there: adding the
 * same file twice must not double its articles. Texts are compared whole, after trimming.
 *
 * @param given - the articles to add, in order
 * @param existing - the workspace's articles (id and text)
 * @example skipDuplicates([{ id: 'a', text: 'x' }], [{ id: 'b', text: 'x' }]).duplicates // [{ id: 'a', sameAs: 'b', ... }]
 */
export function skipDuplicates<A extends ArticleInput>(
  given: readonly A[],
  existing: Iterable<{ id: string; text: string }>,
): { fresh: A[]; duplicates: DuplicateArticle[] } {
  const seen = new Map<string, string>();
  for (const a of existing) seen.set(a.text.trim(), a.id);
  const fresh: A[] = [];
  const duplicates: DuplicateArticle[] = [];
  for (const a of given) {
    const text = a.text.trim();
    const sameAs = seen.get(text);
    if (sameAs !== undefined) {
      duplicates.push({ id: a.id, title: a.title, sameAs });
      continue;
    }
    seen.set(text, a.id);
    fresh.push(a);
  }
  return { fresh, duplicates };
}
