import type { SliceCreator } from '../app-store.ts';

export interface SelectionSlice {
  selection: {
    claimId: string | null;
    /** Whether the selected claim's article is open beside the map. */
    articleOpen: boolean;
  };
  selectClaim: (claimId: string | null) => void;
  setArticleOpen: (open: boolean) => void;
}

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set) => ({
  selection: { claimId: null, articleOpen: false },
  selectClaim: (claimId) =>
    set((s) => ({
      selection: { claimId, articleOpen: claimId ? s.selection.articleOpen : false },
      // Explain mode frames one claim; without one there is nothing to explain.
      ui: claimId ? s.ui : { ...s.ui, explain: false },
    })),
  setArticleOpen: (articleOpen) => set((s) => ({ selection: { ...s.selection, articleOpen } })),
});
