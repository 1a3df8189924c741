import { describe, expect, it } from 'vitest';
import { createAppStore } from './app-store.ts';
import {
  selectArticleMismatches,
  selectClaimRows,
  selectFacetCounts,
  selectFilteredRows,
  selectRegionOptions,
  selectSelectedRow,
} from './selectors.ts';
import { RESULT } from './test-analyses.ts';

function loadedStore() {
  const store = createAppStore();
  store.getState().analysisDone(RESULT);
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
});
