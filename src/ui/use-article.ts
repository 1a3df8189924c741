import { useEffect, useState } from 'react';
import { useAppStore } from '../store/app-store.ts';
import type { ArticleDetail, PageArticle } from '../worker/protocol.ts';
import { useServices } from './services.ts';

/** An article's text and whole result as a component sees them while the worker is asked. */
export type ArticleState =
  | { status: 'loading' }
  | ({ status: 'ready' } & ArticleDetail)
  /** The article is not in the workspace (any more). */
  | { status: 'missing' }
  | { status: 'error'; message: string };

type Answer = { article: PageArticle; got: ArticleState };

function stateOf(detail: ArticleDetail | null): ArticleState {
  return detail ? { status: 'ready', ...detail } : { status: 'missing' };
}

/**
 * The text and whole result of an article of the workspace. The page holds articles without
 * their texts and results with only what the list and the map need (see pageResult); the
 * worker sends the rest of one article when it is shown. An article asked for before is
 * there at once, so stepping through the claims of one article does not flicker.
 */
export function useArticle(articleId: string | null | undefined): ArticleState {
  const { client } = useServices();
  const article = useAppStore((s) => (articleId ? s.articles.byId[articleId] : undefined));
  const [answer, setAnswer] = useState<Answer | null>(null);
  const known = article ? client.knownArticle(article) : undefined;

  useEffect(() => {
    if (!article || known !== undefined) return;
    let live = true;
    client.article(article).then(
      (detail) => {
        if (live) setAnswer({ article, got: stateOf(detail) });
      },
      (e: unknown) => {
        const message = e instanceof Error ? e.message : String(e);
        if (live) setAnswer({ article, got: { status: 'error', message } });
      },
    );
    return () => {
      live = false;
    };
  }, [article, known, client]);

  if (!article) return { status: 'missing' };
  if (known !== undefined) return stateOf(known);
  return answer?.article === article ? answer.got : { status: 'loading' };
}
