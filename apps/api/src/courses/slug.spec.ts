import { slugify } from './slug';

describe('slugify', () => {
  it('drops accents and punctuation', () => {
    expect(slugify('Urbanisme ouvert — format court')).toBe('urbanisme-ouvert-format-court');
    expect(slugify('  Délibération & Co.  ')).toBe('deliberation-co');
  });

  it('never returns an empty or over-long slug', () => {
    expect(slugify('—')).toBe('course');
    expect(slugify('a '.repeat(100), 20)).toBe('a-a-a-a-a-a-a-a-a-a');
  });
});
