import { createStore, useStore, type StateCreator, type StoreApi } from 'zustand';
import { createArticlesSlice, type ArticlesSlice } from './slices/articles-slice.ts';
import { createAnalysisSlice, type AnalysisSlice } from './slices/analysis-slice.ts';
import { createFiltersSlice, type FiltersSlice } from './slices/filters-slice.ts';
import { createSelectionSlice, type SelectionSlice } from './slices/selection-slice.ts';
import { createUiSlice, type UiSlice } from './slices/ui-slice.ts';
import { createReviewsSlice, type ReviewsSlice } from './slices/reviews-slice.ts';

/**
 * The whole app state: six slices of serialisable data plus their actions. Nothing here
 * holds a class instance (no Map, no maplibre, no Worker): the URL, tests and devtools can
 * read all of it.
 */
export type AppState = ArticlesSlice &
  AnalysisSlice &
  ReviewsSlice &
  FiltersSlice &
  SelectionSlice &
  UiSlice;

export type SliceCreator<S> = StateCreator<AppState, [], [], S>;

export type AppStore = StoreApi<AppState>;

/** A fresh store (one per app; tests make their own). */
export function createAppStore(): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createArticlesSlice(...a),
    ...createAnalysisSlice(...a),
    ...createFiltersSlice(...a),
    ...createSelectionSlice(...a),
    ...createUiSlice(...a),
    ...createReviewsSlice(...a),
  }));
}

/** The app's store. */
export const appStore = createAppStore();

/** Reads a narrow slice of the app store; re-renders only when the selected value changes. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
