import { browserLocale } from './browserLocale';

describe('the interface language before anyone chooses', () => {
  it.each([
    [['en-GB', 'fr'], 'en'],
    [['EN'], 'en'],
    [['fr-FR', 'en'], 'fr'],
    [['de-DE', 'en-US'], 'en'],
    [['de-DE'], 'fr'],
    [[], 'fr'],
  ])('is, for a browser asking for %j, %s', (languages, locale) => {
    expect(browserLocale(languages)).toBe(locale);
  });
});
