import type { Claim, Mention, Sentence } from '../core/types.ts';
import type { WorkspaceArticle } from '../core/io/workspace-file.ts';
import type { ArticleResult, LonLat, PageArticle, WorkerResponse } from './protocol.ts';

/** At most this many articles per `part` message. */
export const PART_ARTICLES = 400;
/**
 * A `part` message closes once its articles weigh this much (see partWeight): a few tens of
 * milliseconds of decoding on the page, while its garbage collector may be marking too.
 */
export const PART_WEIGHT = 1_000;
/** Cross-article claims per `part` message. */
export const PART_CROSS_CLAIMS = 2_000;

/**
 * What decoding an article's result costs the page, roughly: its mentions (those it is sent
 * with, see pageResult) and its claims.
 */
export function partWeight(r: ArticleResult | undefined): number {
  return r ? 1 + r.analysis.mentions.length + r.analysis.claims.length : 1;
}

export type PartMessage<A = PageArticle> = Extract<WorkerResponse<A>, { type: 'part' }>;

/** What the parts of one answer add up to, as the client collects them. */
export interface Parts<A = PageArticle> {
  articles: A[];
  results: ArticleResult[];
  cross: Record<string, Claim[]>;
}

type Big<A> = Extract<WorkerResponse<A>, { type: 'workspace' | 'job-done' | 'changed' }>;

function isBig<A>(m: WorkerResponse<A>): m is Big<A> {
  return m.type === 'workspace' || m.type === 'job-done' || m.type === 'changed';
}

/** The articles, results and cross-article claims a big answer carries. */
function contents<A>(m: Big<A>): Parts<A> {
  if (m.type === 'workspace') return m.snapshot;
  const delta = m.type === 'job-done' ? m.outcome.delta : m.delta;
  return {
    articles: delta.upserted.map((u) => u.article),
    results: delta.upserted.map((u) => u.result),
    cross: delta.cross,
  };
}

/** The article results an answer or a part carries (none for most answers). */
export function resultsOf<A>(m: WorkerResponse<A>): readonly ArticleResult[] {
  if (m.type === 'part') return m.results;
  return isBig(m) ? contents(m).results : [];
}

/** The articles an answer or a part carries (none for most answers). */
export function articlesOf<A>(m: WorkerResponse<A>): readonly A[] {
  if (m.type === 'part') return m.articles;
  return isBig(m) ? contents(m).articles : [];
}

/** The cross-article claims an answer or a part carries, by article id (none for most answers). */
export function crossOf<A>(m: WorkerResponse<A>): Readonly<Record<string, Claim[]>> {
  if (m.type === 'part') return m.cross;
  return isBig(m) ? contents(m).cross : {};
}

/**
 * An article result as the page keeps it. The list, the map and a claim's passage need the
 * claims, the mentions they are about and the sentences those are in; the page asks the
 * worker for the rest when it shows the article (the `article` request). So the result is
 * sent with:
 * - the mentions that a claim is about (its own claims or `cross`, its cross-article claims),
 *   without their alternatives, and their points;
 * - only the sentences that those mentions and claims are in; the others are holes;
 * - `mentionCount`, the number of all its mentions.
 *
 * A corpus of 100,000 claims has over half a million sentences, and over twice as many mentions
 * as claims, each with up to five alternatives.
 */
export function pageResult(r: ArticleResult, cross: readonly Claim[] = []): ArticleResult {
  const { sentences, mentions, claims } = r.analysis;
  const about = new Set<string>();
  for (const c of claims) about.add(c.mention);
  for (const c of cross) about.add(c.mention);
  const keptMentions: Mention[] = [];
  const points: Record<string, LonLat> = {};
  const keptSentences: Sentence[] = [];
  for (const m of mentions) {
    if (!about.has(m.id)) continue;
    keptMentions.push({ ...m, alternatives: [] });
    if (r.points[m.id]) points[m.id] = r.points[m.id];
    keptSentences[m.sentence] = sentences[m.sentence];
  }
  for (const c of claims) keptSentences[c.sentence] = sentences[c.sentence];
  for (const c of cross) keptSentences[c.sentence] = sentences[c.sentence];
  return {
    ...r,
    analysis: { ...r.analysis, mentions: keptMentions, sentences: keptSentences },
    points,
    mentionCount: mentions.length,
  };
}

/** How many mentions an article has (the page's copy of its result holds only some). */
export function mentionCountOf(r: ArticleResult): number {
  return r.mentionCount ?? r.analysis.mentions.length;
}

/** The article as the page holds it: without its text (see PageArticle). */
export function pageArticle(a: WorkspaceArticle): PageArticle {
  const { text, ...rest } = a;
  return { ...rest, chars: text.length };
}

/** The article the page sent back in an `update`, with the text the worker holds. */
export function withText(a: PageArticle, text: string): WorkspaceArticle {
  const { chars: _chars, ...rest } = a;
  return { ...rest, text };
}

/**
 * The answer as it is sent to the page: its articles as {@link pageArticle} makes them, its
 * article results as {@link pageResult} makes them.
 */
export function forPage(m: WorkerResponse<WorkspaceArticle>): WorkerResponse {
  if (m.type === 'part')
    return {
      ...m,
      articles: m.articles.map(pageArticle),
      results: m.results.map((r) => pageResult(r, m.cross[r.analysis.id])),
    };
  if (!isBig(m)) return m;
  const all = contents(m);
  return withContents(m, {
    articles: all.articles.map(pageArticle),
    results: all.results.map((r) => pageResult(r, all.cross[r.analysis.id])),
    cross: all.cross,
  });
}

/** The same answer carrying `rest` instead of its articles, results and cross claims. */
function withContents<A, B>(m: Big<A>, rest: Parts<B>): Big<B> {
  if (m.type === 'workspace') return { ...m, snapshot: { ...m.snapshot, ...rest } };
  const upserted = rest.articles.map((article, i) => ({ article, result: rest.results[i] }));
  if (m.type === 'job-done')
    return {
      ...m,
      outcome: { ...m.outcome, delta: { ...m.outcome.delta, upserted, cross: rest.cross } },
    };
  return { ...m, delta: { ...m.delta, upserted, cross: rest.cross } };
}

/**
 * Splits a large answer (a workspace, a job's or a change's delta) into `part` messages and a
 * final message with what is left, so that the page decodes it in several short tasks
 * instead of one long one: 100,000 claims in one message take half a second to decode.
 * Other messages come back as they are. {@link joinParts} puts the pieces back together.
 */
export function splitMessage<A>(m: WorkerResponse<A>): WorkerResponse<A>[] {
  if (!isBig(m)) return [m];
  const all = contents(m);
  const out: WorkerResponse<A>[] = [];
  const n = Math.max(all.articles.length, all.results.length);
  let at = 0;
  let weight = 0;
  for (let i = 0; i < n; i++) {
    weight += partWeight(all.results[i]);
    if (weight < PART_WEIGHT && i + 1 - at < PART_ARTICLES) continue;
    out.push({
      type: 'part',
      requestId: m.requestId,
      articles: all.articles.slice(at, i + 1),
      results: all.results.slice(at, i + 1),
      cross: {},
    });
    at = i + 1;
    weight = 0;
  }
  const ids = Object.keys(all.cross);
  let k = 0;
  for (;;) {
    const piece: Record<string, Claim[]> = {};
    let claims = 0;
    const start = k;
    while (k < ids.length && claims < PART_CROSS_CLAIMS) {
      piece[ids[k]] = all.cross[ids[k]];
      claims += all.cross[ids[k]].length;
      k++;
    }
    // The last piece rides with the final message.
    if (k >= ids.length) {
      k = start;
      break;
    }
    out.push({ type: 'part', requestId: m.requestId, articles: [], results: [], cross: piece });
  }
  if (out.length === 0) return [m];
  const cross: Record<string, Claim[]> = {};
  for (const id of ids.slice(k)) cross[id] = all.cross[id];
  out.push(
    withContents(m, {
      articles: all.articles.slice(at),
      results: all.results.slice(at),
      cross,
    }),
  );
  return out;
}

/** Adds a part to what was collected so far. */
export function collectPart<A>(parts: Parts<A> | undefined, m: PartMessage<A>): Parts<A> {
  const p: Parts<A> = parts ?? { articles: [], results: [], cross: {} };
  for (const a of m.articles) p.articles.push(a);
  for (const r of m.results) p.results.push(r);
  Object.assign(p.cross, m.cross);
  return p;
}

/** The final message with the parts sent ahead of it put back in (see splitMessage). */
export function joinParts<A>(m: WorkerResponse<A>, parts: Parts<A>): WorkerResponse<A> {
  if (!isBig(m)) return m;
  const rest = contents(m);
  return withContents(m, {
    articles: parts.articles.concat(rest.articles),
    results: parts.results.concat(rest.results),
    cross: { ...parts.cross, ...rest.cross },
  });
}
