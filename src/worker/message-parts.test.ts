import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  articlesOf,
  collectPart,
  crossOf,
  forPage,
  joinParts,
  mentionCountOf,
  pageArticle,
  pageResult,
  PART_ARTICLES,
  PART_CROSS_CLAIMS,
  PART_WEIGHT,
  partWeight,
  splitMessage,
  withText,
  type Parts,
} from './message-parts.ts';
import type { ArticleResult, WorkerResponse } from './protocol.ts';
import type { WorkspaceArticle } from '../core/io/workspace-file.ts';
import { ARTICLES, SNAPSHOT } from '../store/test-analyses.ts';
import { claimPassage } from '../ui/claim-passage.ts';

/**
 * A workspace of `n` articles (copies of the test ones) with `crossPer[i]` cross claims each,
 * as the worker makes it.
 */
function workspace(n: number, crossPer: (i: number) => number): WorkerResponse<WorkspaceArticle> {
  const articles = Array.from({ length: n }, (_, i) => ({
    ...ARTICLES[i % 2],
    id: `a${i}`,
  }));
  const results = articles.map((a, i) => ({
    ...SNAPSHOT.results[i % 2],
    analysis: { ...SNAPSHOT.results[i % 2].analysis, id: a.id },
  }));
  const claim = SNAPSHOT.results[0].analysis.claims[0];
  const cross = Object.fromEntries(
    articles
      .map((a, i) => [a.id, Array.from({ length: crossPer(i) }, () => claim)] as const)
      .filter(([, c]) => c.length > 0),
  );
  return {
    type: 'workspace',
    requestId: 7,
    snapshot: { ...SNAPSHOT, articles, results, cross },
    storage: 'memory',
    storageProblem: null,
  };
}

/** What the client does: collect the parts, then join them to the final message. */
function reassemble<A>(messages: WorkerResponse<A>[]): WorkerResponse<A> {
  let parts: Parts<A> | undefined;
  for (const m of messages.slice(0, -1)) {
    if (m.type !== 'part') throw new Error(`not a part: ${m.type}`);
    parts = collectPart(parts, m);
  }
  const last = messages.at(-1)!;
  return parts ? joinParts(last, parts) : last;
}

describe('splitMessage / joinParts', () => {
  it('leaves small and other messages whole', () => {
    const small = workspace(3, () => 1);
    expect(splitMessage(small)).toEqual([small]);
    const done: WorkerResponse = { type: 'done', requestId: 1 };
    expect(splitMessage(done)).toEqual([done]);
  });

  it('sends a big workspace in bounded pieces that add up to it (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000 }),
        fc.integer({ min: 0, max: 300 }),
        (n, crossEvery) => {
          const m = workspace(n, (i) => (crossEvery > 0 && i % crossEvery === 0 ? 7 : 0));
          const pieces = splitMessage(m);
          for (const p of pieces) {
            const body = p.type === 'part' ? p : p.type === 'workspace' ? p.snapshot : null;
            expect(body!.articles.length).toBeLessThanOrEqual(PART_ARTICLES);
            const results =
              p.type === 'part' ? p.results : p.type === 'workspace' ? p.snapshot.results : [];
            const weights = results.map(partWeight);
            // Under the weight, but for the article that tipped it over.
            expect(weights.reduce((a, w) => a + w, 0) - Math.max(0, ...weights)).toBeLessThan(
              PART_WEIGHT,
            );
            const crossClaims = Object.values(body!.cross).reduce((a, c) => a + c.length, 0);
            expect(crossClaims).toBeLessThan(PART_CROSS_CLAIMS + 7);
          }
          expect(pieces.at(-1)!.type).toBe('workspace');
          expect(reassemble(pieces)).toEqual(m);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('closes a part at a heavy article, and sends light ones many to a part', () => {
    const ws = workspace(50, () => 0);
    if (ws.type !== 'workspace') throw new Error();
    const heavy = ws.snapshot.results[10];
    const mentions = Array.from({ length: PART_WEIGHT }, (_, i) => ({
      ...heavy.analysis.mentions[0],
      id: `a10:m${i}`,
    }));
    ws.snapshot.results[10] = { ...heavy, analysis: { ...heavy.analysis, mentions } };
    const pieces = splitMessage(ws);
    const ids = pieces.map((p) =>
      (p.type === 'part' ? p.results : p.type === 'workspace' ? p.snapshot.results : []).map(
        (r) => r.analysis.id,
      ),
    );
    expect(ids).toEqual([
      Array.from({ length: 11 }, (_, i) => `a${i}`),
      Array.from({ length: 39 }, (_, i) => `a${i + 11}`),
    ]);
    expect(reassemble(pieces)).toEqual(ws);
  });

  it('splits a job outcome the same way', () => {
    const ws = workspace(1_000, (i) => i % 3);
    if (ws.type !== 'workspace') throw new Error();
    const m: WorkerResponse<WorkspaceArticle> = {
      type: 'job-done',
      requestId: 3,
      outcome: {
        delta: {
          upserted: ws.snapshot.articles.map((article, i) => ({
            article,
            result: ws.snapshot.results[i],
          })),
          removed: ['x'],
          order: ws.snapshot.articles.map((a) => a.id),
          cross: ws.snapshot.cross,
          elapsedMs: 5,
        },
        cancelled: false,
        truncated: [],
        skipped: 0,
      },
    };
    const pieces = splitMessage(m);
    expect(pieces.length).toBeGreaterThan(2);
    expect(reassemble(pieces)).toEqual(m);
  });
});

/**
 * A result with two more sentences: one that no mention or claim is in, and one with a
 * mention that no claim is about (with an alternative and a point); its first mention has an
 * alternative.
 */
function withUnclaimedMention(r: ArticleResult): ArticleResult {
  const plain = withPlainSentence(r);
  const { sentences, mentions } = plain.analysis;
  const end = sentences.at(-1)!.end;
  const sentence = { index: sentences.length, start: end + 1, end: end + 30 };
  const first = mentions[0];
  const mention = {
    ...first,
    id: `${r.analysis.id}:mx`,
    sentence: sentence.index,
    start: end + 5,
    end: end + 9,
    alternatives: [{ place: first.place!, score: 0.2 }],
  };
  return {
    ...plain,
    analysis: {
      ...plain.analysis,
      sentences: [...sentences, sentence],
      // The first mention (a claim is about it) gets an alternative too.
      mentions: [{ ...first, alternatives: mention.alternatives }, ...mentions.slice(1), mention],
    },
    points: { ...plain.points, [mention.id]: [30, 50] },
  };
}

/** A result with one more sentence, which no mention or claim is in. */
function withPlainSentence(r: ArticleResult): ArticleResult {
  const { sentences } = r.analysis;
  const end = sentences.at(-1)!.end;
  const extra = { index: sentences.length, start: end + 1, end: end + 20 };
  return { ...r, analysis: { ...r.analysis, sentences: [...sentences, extra] } };
}

describe('pageResult / forPage', () => {
  it('keeps the mentions claims are in, without alternatives, and their sentences', () => {
    for (const full of SNAPSHOT.results.map(withUnclaimedMention)) {
      const page = pageResult(full);
      const { sentences, mentions, claims } = full.analysis;
      const about = new Set(claims.map((c) => c.mention));
      expect(about.size).toBeLessThan(mentions.length);
      const kept = mentions.filter((m) => about.has(m.id));
      expect(page.analysis.mentions).toEqual(kept.map((m) => ({ ...m, alternatives: [] })));
      expect(Object.keys(page.points).sort()).toEqual(kept.map((m) => m.id).sort());
      for (const m of kept) expect(page.points[m.id]).toBe(full.points[m.id]);
      expect(page.mentionCount).toBe(mentions.length);
      expect(mentionCountOf(page)).toBe(mentions.length);
      expect(mentionCountOf(full)).toBe(mentions.length);
      const used = new Set([...kept, ...claims].map((x) => x.sentence));
      expect(used.size).toBeLessThan(sentences.length);
      sentences.forEach((s, i) =>
        expect(page.analysis.sentences[i]).toBe(used.has(i) ? s : undefined),
      );
      // Every claim's passage is the same from the page's copy.
      for (const c of claims) {
        const m = mentions.find((x) => x.id === c.mention) ?? null;
        expect(claimPassage(page.analysis.sentences, c, m)).toEqual(claimPassage(sentences, c, m));
      }
      expect({ ...page.analysis, sentences: [], mentions: [] }).toEqual({
        ...full.analysis,
        sentences: [],
        mentions: [],
      });
    }
  });

  it('keeps a mention that only a cross-article claim is about', () => {
    const full = withUnclaimedMention(SNAPSHOT.results[0]);
    const unclaimed = full.analysis.mentions.at(-1)!;
    const cross = { ...full.analysis.claims[0], mention: unclaimed.id, sentence: 0 };
    const page = pageResult(full, [cross]);
    expect(page.analysis.mentions.map((m) => m.id)).toContain(unclaimed.id);
    expect(page.points[unclaimed.id]).toEqual(full.points[unclaimed.id]);
    expect(page.analysis.sentences[unclaimed.sentence]).toBe(
      full.analysis.sentences[unclaimed.sentence],
    );
  });

  it("trims a big answer's results without touching the worker's", () => {
    const ws = workspace(3, () => 1);
    if (ws.type !== 'workspace') throw new Error();
    ws.snapshot.results = ws.snapshot.results.map(withPlainSentence);
    const before = structuredClone(ws);
    const page = forPage(ws);
    expect(ws).toEqual(before);
    if (page.type !== 'workspace') throw new Error();
    expect(page.snapshot.results.map((r) => r.analysis.id)).toEqual(['a0', 'a1', 'a2']);
    expect(page.snapshot.results[0].analysis.sentences.filter(Boolean).length).toBeLessThan(
      ws.snapshot.results[0].analysis.sentences.length,
    );
    expect(page.snapshot.cross).toBe(ws.snapshot.cross);
    const small: WorkerResponse = { type: 'done', requestId: 1 };
    expect(forPage(small)).toBe(small);
  });

  it("sends articles without their texts, with the texts' lengths", () => {
    const ws = workspace(PART_ARTICLES + 3, () => 0);
    if (ws.type !== 'workspace') throw new Error();
    const pieces = splitMessage(forPage(ws));
    const articles = pieces.flatMap((p) => [...articlesOf(p)]);
    expect(articles).toHaveLength(PART_ARTICLES + 3);
    articles.forEach((a, i) => {
      const full = ws.snapshot.articles[i];
      expect('text' in a).toBe(false);
      expect(a.chars).toBe(full.text.length);
      expect(withText(a, full.text)).toEqual(full);
    });
    // Parts (as a worker might post them itself) lose their texts too.
    const part = forPage({
      type: 'part',
      requestId: 1,
      articles: ARTICLES,
      results: [],
      cross: {},
    });
    expect(articlesOf(part)).toEqual(ARTICLES.map(pageArticle));
    expect(JSON.stringify(part)).not.toContain(ARTICLES[0].text.slice(0, 30));
  });

  it("keeps an edited article's new metadata and corrections with the stored text", () => {
    const edited = {
      ...pageArticle(ARTICLES[0]),
      title: 'New title',
      corrections: [{ start: 0, end: 4, placeId: null, text: 'Kupy', placeName: null }],
    };
    expect(withText(edited, ARTICLES[0].text)).toEqual({
      ...ARTICLES[0],
      title: 'New title',
      corrections: edited.corrections,
    });
  });

  it('finds the cross-article claims of parts and final messages', () => {
    const ws = workspace(PART_ARTICLES * 2 + 5, () => 1);
    const pieces = splitMessage(ws);
    const all = Object.assign({}, ...pieces.map(crossOf)) as Record<string, unknown>;
    if (ws.type !== 'workspace') throw new Error();
    expect(all).toEqual(ws.snapshot.cross);
    expect(crossOf({ type: 'done', requestId: 1 })).toEqual({});
  });
});
