import type { ArticleInput } from '../../core/types.ts';
import type { SliceCreator } from '../app-store.ts';

/** The corpus as loaded: texts, titles and ids, in corpus order. */
export interface ArticlesSlice {
  articles: { list: ArticleInput[]; byId: Record<string, ArticleInput> };
  setArticles: (list: ArticleInput[]) => void;
}

export const createArticlesSlice: SliceCreator<ArticlesSlice> = (set) => ({
  articles: { list: [], byId: {} },
  setArticles: (list) =>
    set({ articles: { list, byId: Object.fromEntries(list.map((a) => [a.id, a])) } }),
});
