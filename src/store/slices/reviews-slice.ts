import type { ClaimReview } from '../../core/io/workspace-file.ts';
import type { SliceCreator } from '../app-store.ts';

/** The fact-checker's reviews of claims, by claim key (see claimKey). */
export interface ReviewsSlice {
  reviews: Record<string, ClaimReview>;
  /** Sets (or with null, removes) one review. */
  setReview: (key: string, review: ClaimReview | null) => void;
  setReviews: (list: ClaimReview[]) => void;
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
});
