import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { ClaimReview, WorkspaceArticle } from '../core/io/workspace-file.ts';
import type { ArticleResult } from './protocol.ts';
import { MemoryDb, openIndexedDb, type WorkspaceDb } from './workspace-db.ts';

const article = (id: string, text = `About ${id}.`): WorkspaceArticle => ({
  id,
  text,
  origin: 'user',
  corrections: [],
});
const result = (id: string): ArticleResult => ({
  analysis: {
    id,
    title: id,
    source: '',
    date: null,
    url: null,
    sentences: [{ index: 0, start: 0, end: 5 }],
    mentions: [],
    claims: [],
  },
  points: {},
  regions: {},
  version: 'v1',
});
const review = (key: string, articleId: string): ClaimReview => ({
  key,
  articleId,
  status: 'reviewed',
  note: 'ok',
  updatedAt: '2024-01-01T00:00:00.000Z',
  label: key,
});

function contract(name: string, open: () => Promise<WorkspaceDb>) {
  describe(name, () => {
    it('is empty before anything is stored', async () => {
      expect(await (await open()).load()).toBeNull();
    });

    it('stores, replaces and removes articles with their results, in order', async () => {
      const db = await open();
      await db.write({
        put: [{ article: article('a'), result: result('a') }],
        remove: [],
        order: ['a'],
      });
      await db.write({
        put: [
          { article: article('b'), result: result('b') },
          { article: article('a', 'New text.'), result: result('a') },
        ],
        remove: [],
        order: ['a', 'b'],
      });
      await db.putReview(review('k1', 'a'));
      await db.putReview(review('k2', 'b'));
      let ws = (await db.load())!;
      expect(ws.order).toEqual(['a', 'b']);
      expect(ws.articles.find((x) => x.id === 'a')!.text).toBe('New text.');
      expect(ws.results.map((r) => r.analysis.id).sort()).toEqual(['a', 'b']);
      expect(ws.reviews.map((r) => r.key).sort()).toEqual(['k1', 'k2']);
      await db.write({ put: [], remove: ['a'], order: ['b'] });
      await db.deleteReview('k2');
      ws = (await db.load())!;
      expect(ws.order).toEqual(['b']);
      expect(ws.articles.map((x) => x.id)).toEqual(['b']);
      expect(ws.results.map((r) => r.analysis.id)).toEqual(['b']);
      // k1 went with article a; k2 was deleted.
      expect(ws.reviews).toEqual([]);
    });

    it('replaces everything at once', async () => {
      const db = await open();
      await db.write({
        put: [{ article: article('a'), result: result('a') }],
        remove: [],
        order: ['a'],
      });
      await db.replace({
        order: ['x'],
        articles: [article('x')],
        results: [result('x')],
        reviews: [review('k', 'x')],
      });
      const ws = (await db.load())!;
      expect(ws.order).toEqual(['x']);
      expect(ws.articles.map((x) => x.id)).toEqual(['x']);
      expect(ws.reviews.map((r) => r.key)).toEqual(['k']);
    });
  });
}

let n = 0;
contract('IndexedDB workspace (fake-indexeddb)', () =>
  openIndexedDb(new IDBFactory(), `test-${n++}`),
);
contract('memory workspace', async () => new MemoryDb());

describe('IndexedDB workspace', () => {
  it('survives closing and reopening the database', async () => {
    const factory = new IDBFactory();
    const db = await openIndexedDb(factory, 'reopen');
    await db.write({
      put: [{ article: article('a'), result: result('a') }],
      remove: [],
      order: ['a'],
    });
    const again = await openIndexedDb(factory, 'reopen');
    expect((await again.load())!.articles.map((a) => a.id)).toEqual(['a']);
  });
});
