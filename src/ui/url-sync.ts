import type { AppState, AppStore } from '../store/app-store.ts';
import { decodeUrlState, encodeUrlState, type UrlState } from '../store/url-state.ts';

function urlStateOf(s: AppState): UrlState {
  return {
    claimId: s.selection.claimId,
    articleOpen: s.selection.articleOpen,
    explain: s.ui.explain,
    filters: s.filters,
    mapView: s.ui.mapView,
  };
}

/** Applies a query string to the store (on start-up and on back/forward). */
export function applyUrlState(store: AppStore, search: string): void {
  const u = decodeUrlState(search);
  store.setState((s) => ({
    filters: u.filters,
    selection: { claimId: u.claimId, articleOpen: u.claimId ? u.articleOpen : false },
    ui: { ...s.ui, explain: u.claimId ? u.explain : false, mapView: u.mapView },
  }));
}

/**
 * Keeps the address bar in step with the shareable state (selection, article, filters, map
 * view), so the current URL is always a link to the current view. Uses `replaceState`:
 * panning the map should not fill the history.
 *
 * @returns stop syncing
 */
export function startUrlSync(store: AppStore): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    timer = null;
    const query = encodeUrlState(urlStateOf(store.getState()));
    const next = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (next !== `${location.pathname}${location.search}${location.hash}`)
      history.replaceState(null, '', next);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.selection === prev.selection && s.filters === prev.filters && s.ui === prev.ui) return;
    if (timer === null) timer = setTimeout(write, 150);
  });
  const onPop = () => applyUrlState(store, location.search);
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
    if (timer !== null) clearTimeout(timer);
  };
}
