import type { WorkspaceArticle } from '../core/io/workspace-file.ts';
import { EngineSession } from './engine-session.ts';
import type { ArticleResult, JobProgress, TruncatedArticle } from './protocol.ts';

/** How a job is steered from outside: cancelled, paused for other messages, told of progress. */
export interface JobControl {
  /** True once the user has asked to stop. */
  cancelled(): boolean;
  /**
   * Lets other work run (in the worker: pending messages such as a cancel, a claim's geometry
   * or a gazetteer search). Called between articles and between pieces of a long one.
   */
  pause(): Promise<void>;
  progress(p: JobProgress): void;
}

export interface JobResult {
  done: { article: WorkspaceArticle; result: ArticleResult }[];
  cancelled: boolean;
  truncated: TruncatedArticle[];
  /** Articles not analysed because of the cancel. */
  skipped: number;
}

/** Milliseconds of work between pauses: short enough for a cancel to feel immediate. */
export const SLICE_MS = 40;

/**
 * A pause that yields to the event loop only when the current slice of work is used up, so a
 * corpus of 10,000 small articles is not slowed by 10,000 timer round trips.
 */
export function slicedPause(sliceMs = SLICE_MS): () => Promise<void> {
  let last = performance.now();
  return async () => {
    if (performance.now() - last < sliceMs) return;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    last = performance.now();
  };
}

/**
 * Analyses articles one by one (long ones piece by piece), pausing between them so that the
 * worker stays responsive, and stopping at a cancel. What was analysed before the cancel is
 * returned: whole articles, and the analysed beginning of a long article that was cut short
 * (its text shortened to match, and listed in `truncated`). Nothing is committed here: the
 * caller decides what to keep.
 */
export async function analyzeArticles(
  session: EngineSession,
  articles: readonly WorkspaceArticle[],
  control: JobControl,
): Promise<JobResult> {
  const totalChars = articles.reduce((n, a) => n + a.text.length, 0);
  const out: JobResult = { done: [], cancelled: false, truncated: [], skipped: 0 };
  let doneChars = 0;
  let lastReport = -Infinity;
  const report = (current: string, extra: number, force = false) => {
    const now = performance.now();
    if (!force && now - lastReport < 100) return;
    lastReport = now;
    control.progress({
      doneArticles: out.done.length,
      totalArticles: articles.length,
      doneChars: doneChars + extra,
      totalChars,
      current,
    });
  };
  report(articles[0]?.title ?? articles[0]?.id ?? '', 0, true);
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i];
    const label = article.title || article.id;
    if (control.cancelled()) {
      out.cancelled = true;
      out.skipped = articles.length - i;
      break;
    }
    if (!EngineSession.isLong(article)) {
      out.done.push({ article, result: session.analyzeOne(article) });
      doneChars += article.text.length;
      report(label, 0);
      await control.pause();
      continue;
    }
    const job = session.chunked(article);
    while (!job.finished) {
      const chars = job.step();
      report(label, chars, true);
      await control.pause();
      if (control.cancelled()) break;
    }
    if (job.finished) {
      out.done.push({ article, result: session.resultOf(job.result()) });
      doneChars += article.text.length;
      continue;
    }
    // Cancelled part-way through a long article: keep the part that was analysed.
    const kept = job.doneChars;
    out.done.push({
      article: {
        ...article,
        text: article.text.slice(0, kept),
        corrections: article.corrections.filter((c) => c.end <= kept),
      },
      result: session.resultOf(job.result()),
    });
    out.truncated.push({ id: article.id, keptChars: kept, totalChars: article.text.length });
    out.cancelled = true;
    out.skipped = articles.length - i - 1;
    break;
  }
  report('', 0, true);
  return out;
}
