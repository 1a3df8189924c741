import type { WorkspaceArticle } from '../../core/io/workspace-file.ts';
import type { SliceCreator } from '../app-store.ts';

/** The workspace's articles (texts, metadata, corrections), in workspace order. */
export interface ArticlesSlice {
  articles: { list: WorkspaceArticle[]; byId: Record<string, WorkspaceArticle> };
  setArticles: (list: WorkspaceArticle[]) => void;
}

export function articlesState(list: WorkspaceArticle[]): ArticlesSlice['articles'] {
  return { list, byId: Object.fromEntries(list.map((a) => [a.id, a])) };
}

export const createArticlesSlice: SliceCreator<ArticlesSlice> = (set) => ({
  articles: { list: [], byId: {} },
  setArticles: (list) => set({ articles: articlesState(list) }),
});
