import { useEffect, useState } from 'react';
import { useAppStore } from '../store/app-store.ts';
import type { PageArticle } from '../worker/protocol.ts';
import { useServices } from './services.ts';

/** An article's text as a component sees it while the worker is asked for it. */
export type ArticleText =
  | { status: 'loading' }
  | { status: 'ready'; text: string }
  /** The article is not in the workspace (any more). */
  | { status: 'missing' }
  | { status: 'error'; message: string };

type Answer = { article: PageArticle; got: ArticleText };

/**
 * The text of an article of the workspace. The page holds articles without their texts (they
 * are most of a corpus's bytes); the worker sends one when it is shown. A text asked for
 * before is there at once, so stepping through the claims of one article does not flicker.
 */
export function useArticleText(articleId: string | null | undefined): ArticleText {
  const { client } = useServices();
  const article = useAppStore((s) => (articleId ? s.articles.byId[articleId] : undefined));
  const [answer, setAnswer] = useState<Answer | null>(null);
  const known = article ? client.knownArticleText(article) : undefined;

  useEffect(() => {
    if (!article || known !== undefined) return;
    let live = true;
    client.articleText(article).then(
      (text) => {
        if (live)
          setAnswer({
            article,
            got: text === null ? { status: 'missing' } : { status: 'ready', text },
          });
      },
      (e: unknown) => {
        if (live)
          setAnswer({
            article,
            got: { status: 'error', message: e instanceof Error ? e.message : String(e) },
          });
      },
    );
    return () => {
      live = false;
    };
  }, [article, known, client]);

  if (!article) return { status: 'missing' };
  if (known !== undefined)
    return known === null ? { status: 'missing' } : { status: 'ready', text: known };
  return answer?.article === article ? answer.got : { status: 'loading' };
}
