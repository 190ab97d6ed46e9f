import { emptyIfCleared, formatLocalDate, nullIfEmpty } from './localDate';

describe('formatLocalDate', () => {
  it('formats the calendar date itself, whatever the browser zone', () => {
    expect(formatLocalDate('2027-03-15', 'fr')).toBe('lundi 15 mars 2027');
    expect(formatLocalDate('2027-03-15', 'en')).toBe('Monday, March 15, 2027');
  });

  it('is empty without a date', () => {
    expect(formatLocalDate(null, 'fr')).toBe('');
  });
});

describe('nullIfEmpty', () => {
  it('turns an empty input into null and keeps text', () => {
    expect(nullIfEmpty('')).toBeNull();
    expect(nullIfEmpty('https://example.org')).toBe('https://example.org');
  });
});

describe('emptyIfCleared', () => {
  it('turns a cleared input into an empty string and keeps text', () => {
    expect(emptyIfCleared(null)).toBe('');
    expect(emptyIfCleared('')).toBe('');
    expect(emptyIfCleared('Résumé')).toBe('Résumé');
  });
});
