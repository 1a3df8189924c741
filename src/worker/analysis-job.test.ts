import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../core/pipeline.ts';
import type { WorkspaceArticle } from '../core/io/workspace-file.ts';
import { EngineSession } from './engine-session.ts';
import { analyzeArticles, slicedPause, type JobControl } from './analysis-job.ts';
import { WHOLE_ARTICLE_CHARS } from './chunked-analysis.ts';
import { loadSampleInputs, loadTestEngine } from './node-test-engine.ts';
import type { JobProgress } from './protocol.ts';

let engine: Engine;
let articles: WorkspaceArticle[];

beforeAll(async () => {
  engine = await loadTestEngine();
  articles = (await loadSampleInputs()).map((i) => ({ ...i, origin: 'user', corrections: [] }));
});

/** A control that cancels once `stopAfter` pauses have passed (or never). */
function control(stopAfter = Infinity): JobControl & { seen: JobProgress[] } {
  let pauses = 0;
  const seen: JobProgress[] = [];
  const pause = slicedPause(0);
  return {
    seen,
    cancelled: () => pauses >= stopAfter,
    pause: () => {
      pauses++;
      return pause();
    },
    progress: (p) => seen.push(p),
  };
}

describe('analyzeArticles', () => {
  it('analyses every article and reports progress up to the total', async () => {
    const session = new EngineSession(engine);
    const c = control();
    const r = await analyzeArticles(session, articles, c);
    expect(r.cancelled).toBe(false);
    expect(r.done.map((d) => d.article.id)).toEqual(articles.map((a) => a.id));
    const last = c.seen[c.seen.length - 1];
    expect(last.doneArticles).toBe(articles.length);
    expect(last.doneChars).toBe(last.totalChars);
  });

  it('a cancel keeps the articles analysed before it', async () => {
    const session = new EngineSession(engine);
    const c = control(2);
    const r = await analyzeArticles(session, articles, c);
    expect(r.cancelled).toBe(true);
    expect(r.done.length).toBeGreaterThanOrEqual(2);
    expect(r.done.length + r.skipped).toBe(articles.length);
    expect(r.truncated).toEqual([]);
  });

  it('a cancel in the middle of a long article keeps its analysed beginning', async () => {
    const session = new EngineSession(engine);
    let text = '';
    while (text.length <= WHOLE_ARTICLE_CHARS * 2)
      text += articles.map((a) => a.text).join('\n\n') + '\n\n';
    const long: WorkspaceArticle = { id: 'long', text, origin: 'user', corrections: [] };
    const c = control(2);
    const r = await analyzeArticles(session, [long, articles[0]], c);
    expect(r.cancelled).toBe(true);
    expect(r.skipped).toBe(1);
    expect(r.truncated).toHaveLength(1);
    const kept = r.done[0];
    expect(kept.article.text).toBe(text.slice(0, r.truncated[0].keptChars));
    expect(r.truncated[0].keptChars).toBeLessThan(text.length);
    for (const m of kept.result.analysis.mentions)
      expect(kept.article.text.slice(m.start, m.end)).toBe(m.text);
  });
});
