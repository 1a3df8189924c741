import type { PageArticle } from '../../worker/protocol.ts';
import type { SliceCreator } from '../app-store.ts';

/**
 * The workspace's articles (metadata, corrections, lengths; their texts stay in the worker), in
 * workspace order.
 */
export interface ArticlesSlice {
  articles: { list: PageArticle[]; byId: Record<string, PageArticle> };
  setArticles: (list: PageArticle[]) => void;
}

export function articlesState(list: PageArticle[]): ArticlesSlice['articles'] {
  return { list, byId: Object.fromEntries(list.map((a) => [a.id, a])) };
}

export const createArticlesSlice: SliceCreator<ArticlesSlice> = (set) => ({
  articles: { list: [], byId: {} },
  setArticles: (list) => set({ articles: articlesState(list) }),
});
