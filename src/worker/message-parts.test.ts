import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  collectPart,
  joinParts,
  PART_ARTICLES,
  PART_CROSS_CLAIMS,
  splitMessage,
  type Parts,
} from './message-parts.ts';
import type { WorkerResponse } from './protocol.ts';
import { SNAPSHOT } from '../store/test-analyses.ts';

/** A workspace of `n` articles (copies of the test ones) with `crossPer[i]` cross claims each. */
function workspace(n: number, crossPer: (i: number) => number): WorkerResponse {
  const articles = Array.from({ length: n }, (_, i) => ({
    ...SNAPSHOT.articles[i % 2],
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
function reassemble(messages: WorkerResponse[]): WorkerResponse {
  let parts: Parts | undefined;
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

  it('splits a job outcome the same way', () => {
    const ws = workspace(1_000, (i) => i % 3);
    if (ws.type !== 'workspace') throw new Error();
    const m: WorkerResponse = {
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
