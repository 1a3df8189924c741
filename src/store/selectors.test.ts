import { describe, expect, it } from 'vitest';
import { createAppStore } from './app-store.ts';
import { deltaPatch, snapshotPatch, withPatch } from './slices/analysis-slice.ts';
import {
  derivationSteps,
  selectMismatchCount,
  selectArticleMismatches,
  selectClaimRows,
  selectCorpus,
  selectFacetCounts,
  selectFilteredRows,
  selectRegionOptions,
  selectSelectedRow,
} from './selectors.ts';
import { SNAPSHOT } from './test-analyses.ts';

function loadedStore() {
  const store = createAppStore();
  store.getState().workspaceLoaded(SNAPSHOT);
  return store;
}

describe('selectors', () => {
  it('are memoised: same state, same array', () => {
    const store = loadedStore();
    const s = store.getState();
    expect(selectClaimRows(s)).toBe(selectClaimRows(store.getState()));
    expect(selectFilteredRows(s)).toBe(selectFilteredRows(store.getState()));
    store.getState().setMapView({ lon: 1, lat: 2, zoom: 3 }); // unrelated change
    expect(selectFilteredRows(store.getState())).toBe(selectFilteredRows(s));
  });

  it('recompute when the filters change', () => {
    const store = loadedStore();
    const before = selectFilteredRows(store.getState());
    store.getState().showMismatchesOnly();
    const after = selectFilteredRows(store.getState());
    expect(after).not.toBe(before);
    expect(after.map((r) => r.id).sort()).toEqual(['a:c0', 'b:c1']);
    expect(selectFacetCounts(store.getState()).verdict.mismatch).toBe(2);
  });

  it('find the selected row even when filters hide it', () => {
    const store = loadedStore();
    store.getState().showMismatchesOnly();
    store.getState().selectClaim('a:c1');
    expect(selectSelectedRow(store.getState())?.id).toBe('a:c1');
  });

  it('list the mismatches of the selected claim’s article in reading order', () => {
    const store = loadedStore();
    store.getState().selectClaim('b:c0');
    expect(selectArticleMismatches(store.getState()).map((r) => r.id)).toEqual(['b:c1']);
  });

  it('list claimed regions by name', () => {
    expect(selectRegionOptions(loadedStore().getState())).toEqual([
      { id: 'UA.05', name: 'Donetsk Oblast' },
      { id: 'UA.07', name: 'Kharkiv Oblast' },
    ]);
  });
});

describe('the workspace in the store', () => {
  it('builds the corpus in workspace order with cross-article claims appended', () => {
    const store = loadedStore();
    expect(selectCorpus(store.getState())!.analyses.map((a) => a.id)).toEqual(['a', 'b']);
    const cross = {
      ...SNAPSHOT.results[1].analysis.claims[0],
      id: 'b:c9',
      relation: 'cross-article' as const,
    };
    store.getState().applyDelta({
      upserted: [],
      removed: [],
      order: ['b', 'a'],
      cross: { b: [cross] },
      elapsedMs: 1,
    });
    const corpus = selectCorpus(store.getState())!;
    expect(corpus.analyses.map((a) => a.id)).toEqual(['b', 'a']);
    expect(corpus.analyses[0].claims.map((c) => c.id)).toEqual(['b:c0', 'b:c1', 'b:c9']);
    expect(selectClaimRows(store.getState())).toHaveLength(5);
  });

  it('applies a delta: replaced and removed articles, their reviews going with them', () => {
    const store = loadedStore();
    const row = selectClaimRows(store.getState()).find((r) => r.articleId === 'a')!;
    store.getState().setReview(row.key, {
      key: row.key,
      articleId: 'a',
      status: 'dismissed',
      note: 'n',
      updatedAt: '',
      label: '',
    });
    const b = SNAPSHOT.results[1];
    const newB = { ...b, analysis: { ...b.analysis, title: 'Renamed', claims: [] } };
    store.getState().applyDelta({
      upserted: [{ article: { ...SNAPSHOT.articles[1], title: 'Renamed' }, result: newB }],
      removed: ['a'],
      order: ['b'],
      cross: {},
      elapsedMs: 1,
    });
    const s = store.getState();
    expect(s.articles.list.map((a) => a.id)).toEqual(['b']);
    expect(s.articles.byId.b.title).toBe('Renamed');
    expect(selectClaimRows(s)).toEqual([]);
    expect(s.reviews).toEqual({});
  });

  it('keys rows by claimKey and marks corrected places', () => {
    const rows = selectClaimRows(loadedStore().getState());
    expect(rows[0].key).toBe(JSON.stringify(['a', 12, 17, 'in-region', 'the DPR']));
    expect(rows.every((r) => r.corrected === false)).toBe(true);
  });
});

describe('derivationSteps', () => {
  it('computes ahead what the next state derives, so taking it in is all memo hits', () => {
    const store = createAppStore();
    const empty = store.getState();
    const patch = snapshotPatch(empty, SNAPSHOT);
    const next = { ...empty, ...withPatch(empty, patch) };
    const steps = derivationSteps(next);
    expect(steps.length).toBeGreaterThan(5);
    const rows = selectClaimRows(next);
    const filtered = selectFilteredRows(next);
    const counts = selectFacetCounts(next);
    for (const step of steps) {
      step();
      // Renders of the current state in between must not push the prepared results out.
      selectFilteredRows(store.getState());
      selectFacetCounts(store.getState());
    }
    store.setState((s) => withPatch(s, patch));
    const s = store.getState();
    expect(selectClaimRows(s)).toBe(rows);
    expect(selectFilteredRows(s)).toBe(filtered);
    expect(selectFacetCounts(s)).toBe(counts);
    expect(filtered).toHaveLength(4);
    expect(selectMismatchCount(s)).toBe(2);
  });

  it('patches give the same state as the store actions', () => {
    const viaAction = loadedStore();
    const viaPatch = createAppStore();
    viaPatch.setState((s) => withPatch(s, snapshotPatch(s, SNAPSHOT)));
    const delta = { upserted: [], removed: ['a'], order: ['b'], cross: {}, elapsedMs: 3 };
    viaAction.getState().applyDelta(delta);
    viaPatch.setState((s) => withPatch(s, deltaPatch(s, delta)));
    const pick = (s: ReturnType<typeof viaAction.getState>) => ({
      articles: s.articles,
      reviews: s.reviews,
      analysis: s.analysis,
    });
    expect(pick(viaPatch.getState())).toEqual(pick(viaAction.getState()));
    expect(selectClaimRows(viaPatch.getState()).map((r) => r.id)).toEqual(['b:c0', 'b:c1']);
  });
});

describe('actions', () => {
  it('setSort reverses on the same key and takes the default direction on a new one', () => {
    const store = createAppStore();
    store.getState().setSort('severity');
    expect(store.getState().filters.sortDir).toBe('asc');
    store.getState().setSort('place');
    expect(store.getState().filters).toMatchObject({ sort: 'place', sortDir: 'asc' });
  });

  it('deselecting leaves explain mode and closes the article', () => {
    const store = createAppStore();
    store.getState().selectClaim('a:c0');
    store.getState().setArticleOpen(true);
    store.getState().setExplain(true);
    store.getState().selectClaim(null);
    expect(store.getState().selection).toEqual({ claimId: null, articleOpen: false });
    expect(store.getState().ui.explain).toBe(false);
  });

  it('setHoveredClaim tells subscribers only when the hovered claim changes', () => {
    const store = createAppStore();
    let updates = 0;
    store.subscribe(() => updates++);
    store.getState().setHoveredClaim('a:c0');
    store.getState().setHoveredClaim('a:c0');
    expect(store.getState().ui.hoveredClaimId).toBe('a:c0');
    expect(updates).toBe(1);
    store.getState().setHoveredClaim(null);
    store.getState().setHoveredClaim(null);
    expect(store.getState().ui.hoveredClaimId).toBeNull();
    expect(updates).toBe(2);
  });
});
