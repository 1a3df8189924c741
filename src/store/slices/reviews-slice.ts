import type { ClaimReview } from '../../core/io/workspace-file.ts';
import type { SliceCreator } from '../app-store.ts';

/** The fact-checker's reviews of claims, by claim key (see claimKey). */
export interface ReviewsSlice {
  reviews: Record<string, ClaimReview>;
  /** Sets (or with null, removes) one review. */
  setReview: (key: string, review: ClaimReview | null) => void;
  setReviews: (list: ClaimReview[]) => void;
  /** Sets (or with null, removes) many reviews in one update: a bulk review of the list. */
  patchReviews: (entries: readonly (readonly [string, ClaimReview | null])[]) => void;
}

export const createReviewsSlice: SliceCreator<ReviewsSlice> = (set) => ({
  reviews: {},
  setReview: (key, review) =>
    set((s) => {
      const reviews = { ...s.reviews };
      if (review) reviews[key] = review;
      else delete reviews[key];
      return { reviews };
    }),
  setReviews: (list) => set({ reviews: Object.fromEntries(list.map((r) => [r.key, r])) }),
  patchReviews: (entries) =>
    set((s) => {
      const reviews = { ...s.reviews };
      for (const [key, review] of entries) {
        if (review) reviews[key] = review;
        else delete reviews[key];
      }
      return { reviews };
    }),
});
