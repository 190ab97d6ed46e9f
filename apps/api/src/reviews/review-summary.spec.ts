import { scoreSpread } from './review-summary';

const score = (criterionId: string, value: number) => ({
  criterionId,
  labelFr: `fr ${criterionId}`,
  labelEn: `en ${criterionId}`,
  score: value,
});

describe('scoreSpread', () => {
  it('gives count, min, max and a two-decimal mean per criterion, ignoring unsubmitted reviews', () => {
    const spread = scoreSpread([
      { scores: [score('a', 1), score('b', 5)] },
      { scores: [score('a', 2), score('b', 4)] },
      { scores: [score('a', 2), score('b', 4)] },
      { scores: null },
    ]);
    expect(spread).toEqual([
      { criterionId: 'a', labelFr: 'fr a', labelEn: 'en a', count: 3, min: 1, max: 2, mean: 1.67 },
      { criterionId: 'b', labelFr: 'fr b', labelEn: 'en b', count: 3, min: 4, max: 5, mean: 4.33 },
    ]);
  });

  it('is empty before any review is submitted', () => {
    expect(scoreSpread([{ scores: null }])).toEqual([]);
  });
});
