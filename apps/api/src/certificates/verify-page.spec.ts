import { pageLanguage, renderVerifyPage, VerifyView } from './verify-page';

const issued: VerifyView = {
  state: 'valid',
  code: 'K7QM-3XRD-WP9T',
  participantName: 'Zoë <b>O’Brien</b>-Müller',
  courseTitle: { fr: 'Urbanisme ouvert', en: 'Open urbanism' },
  startsOn: '2026-03-02',
  endsOn: '2026-03-20',
  issuedAt: new Date('2026-03-21T10:00:00Z'),
  revokedAt: null,
  revocationReason: null,
  successorCode: null,
};

describe('the verify page', () => {
  it.each([
    [undefined, undefined, 'fr'],
    ['en', 'fr-FR', 'en'],
    ['de', 'en-GB,en;q=0.9', 'en'],
    [undefined, 'de-DE, en;q=0.5', 'en'],
    [['en'], 'de', 'fr'],
  ])('?lang=%p with Accept-Language %p is in %p', (lang, accept, expected) => {
    expect(pageLanguage(lang, accept)).toBe(expected);
  });

  it.each([
    ['valid', 'fr', 'Ce certificat est valide.'],
    ['valid', 'en', 'This certificate is valid.'],
    ['pending', 'en', 'This certificate is being issued.'],
  ] as const)('says a %s certificate is so in %s, escaping the name', (state, lang, text) => {
    const html = renderVerifyPage({ ...issued, state }, lang);
    expect(html).toContain(text);
    expect(html).toContain('Zoë &lt;b&gt;O’Brien&lt;/b&gt;-Müller');
    expect(html).not.toContain('<b>');
    expect(html).toContain(`<html lang="${lang}">`);
  });

  it('gives the date and the reason of a revocation', () => {
    const html = renderVerifyPage(
      {
        ...issued,
        state: 'revoked',
        revokedAt: new Date('2026-04-01T09:00:00Z'),
        revocationReason: 'Issued by <mistake>',
      },
      'en',
    );
    expect(html).toContain('This certificate was revoked (1 April 2026).');
    expect(html).toContain('Issued by &lt;mistake&gt;');
  });

  it('links a superseded certificate to its successor', () => {
    const html = renderVerifyPage(
      { ...issued, state: 'superseded', successorCode: 'AAAA-BBBB-CCCC' },
      'fr',
    );
    expect(html).toContain('href="/verify/AAAA-BBBB-CCCC?lang=fr"');
    expect(html).toContain('remplacé');
  });

  it('shows no personal data for an unknown code, and escapes the code typed', () => {
    const html = renderVerifyPage({ state: 'unknown', code: '<script>x</script>' }, 'en');
    expect(html).toContain('No certificate has this code.');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<dl>');
  });
});
