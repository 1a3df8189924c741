import type { AppState, AppStore } from '../store/app-store.ts';

/**
 * Calls `onChange` now and whenever `selector(state)` changes (by `Object.is`), without React.
 * Selectors must be memoised (or return primitives) so unrelated updates do not fire it.
 *
 * @returns unsubscribe
 */
export function watchStore<T>(
  store: AppStore,
  selector: (s: AppState) => T,
  onChange: (value: T, previous: T | undefined) => void,
): () => void {
  let current = selector(store.getState());
  onChange(current, undefined);
  return store.subscribe((state) => {
    const next = selector(state);
    if (Object.is(next, current)) return;
    const previous = current;
    current = next;
    onChange(next, previous);
  });
}
