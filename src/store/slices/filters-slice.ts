import type { Relation, Severity, Verdict } from '../../core/types.ts';
import { DEFAULT_FILTERS, DEFAULT_SORT_DIR, type FilterState, type SortKey } from '../types.ts';
import type { SliceCreator } from '../app-store.ts';

export interface FiltersSlice {
  filters: FilterState;
  setFilters: (filters: FilterState) => void;
  /** One click: show mismatches only (every other filter is kept). */
  showMismatchesOnly: () => void;
  toggleVerdict: (v: Verdict) => void;
  toggleSeverity: (s: Severity) => void;
  toggleRelation: (r: Relation) => void;
  setArticleFilter: (id: string | null) => void;
  setRegionFilter: (id: string | null) => void;
  setQuery: (q: string) => void;
  /** Sorts by `key`; choosing the current key again reverses the direction. */
  setSort: (key: SortKey) => void;
  resetFilters: () => void;
}

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export const createFiltersSlice: SliceCreator<FiltersSlice> = (set) => {
  const update = (patch: Partial<FilterState>) =>
    set((s) => ({ filters: { ...s.filters, ...patch } }));
  return {
    filters: DEFAULT_FILTERS,
    setFilters: (filters) => set({ filters }),
    showMismatchesOnly: () => update({ verdicts: ['mismatch'] }),
    toggleVerdict: (v) =>
      set((s) => ({ filters: { ...s.filters, verdicts: toggle(s.filters.verdicts, v) } })),
    toggleSeverity: (v) =>
      set((s) => ({ filters: { ...s.filters, severities: toggle(s.filters.severities, v) } })),
    toggleRelation: (v) =>
      set((s) => ({ filters: { ...s.filters, relations: toggle(s.filters.relations, v) } })),
    setArticleFilter: (articleId) => update({ articleId }),
    setRegionFilter: (regionId) => update({ regionId }),
    setQuery: (query) => update({ query }),
    setSort: (key) =>
      set((s) => {
        const sortDir =
          s.filters.sort === key
            ? s.filters.sortDir === 'asc'
              ? 'desc'
              : 'asc'
            : DEFAULT_SORT_DIR[key];
        return { filters: { ...s.filters, sort: key, sortDir } };
      }),
    resetFilters: () =>
      set((s) => ({
        filters: { ...DEFAULT_FILTERS, sort: s.filters.sort, sortDir: s.filters.sortDir },
      })),
  };
};
