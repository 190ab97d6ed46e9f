import { allocateReviews, reviewsPerPair } from './review-allocation';

const pairs = (count: number) => Array.from({ length: count }, (_, i) => `pair-${i + 1}`);

function tally(assignments: { reviewer: string; author: string }[], key: 'reviewer' | 'author') {
  const counts = new Map<string, number>();
  for (const a of assignments) counts.set(a[key], (counts.get(a[key]) ?? 0) + 1);
  return counts;
}

describe('allocateReviews', () => {
  it.each([
    [3, undefined, 2],
    [4, undefined, 2],
    [5, undefined, 2],
    [3, 5, 2],
    [4, 3, 3],
    [5, 4, 4],
    [5, 1, 1],
  ])('%i pairs asking for %s reviews each give and receive exactly %i', (count, asked, n) => {
    const all = pairs(count);
    const assignments = allocateReviews(all, asked);
    expect(assignments).toHaveLength(count * n);
    for (const pair of all) {
      expect(tally(assignments, 'reviewer').get(pair)).toBe(n);
      expect(tally(assignments, 'author').get(pair)).toBe(n);
    }
    expect(assignments.filter((a) => a.reviewer === a.author)).toEqual([]);
    const distinct = new Set(assignments.map((a) => `${a.reviewer}>${a.author}`));
    expect(distinct.size).toBe(assignments.length);
  });

  it('allocates nothing to a lone pair', () => {
    expect(allocateReviews(pairs(1))).toEqual([]);
    expect(reviewsPerPair(1)).toBe(0);
  });
});
