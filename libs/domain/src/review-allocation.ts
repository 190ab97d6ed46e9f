export interface ReviewAssignment<T> {
  reviewer: T;
  author: T;
}

/** N defaults to 2 and can never exceed the number of other pairs. */
export function reviewsPerPair(pairCount: number, requested = 2): number {
  return Math.max(0, Math.min(requested, pairCount - 1));
}

/**
 * Each pair reviews the `n` pairs that follow it in the given order (wrapping round), so every
 * pair gives and receives exactly `n` reviews, never its own, and no pair reviews another twice.
 * The caller shuffles the order if it wants variety; the balance holds for any order.
 */
export function allocateReviews<T>(pairs: readonly T[], requested = 2): ReviewAssignment<T>[] {
  const n = reviewsPerPair(pairs.length, requested);
  return pairs.flatMap((reviewer, i) =>
    Array.from({ length: n }, (_, k) => ({
      reviewer,
      author: pairs[(i + k + 1) % pairs.length],
    })),
  );
}
