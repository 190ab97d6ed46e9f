import { isEmailOptional, MESSAGE_TEMPLATES, renderMessage } from './messages';

const SITE = { name: 'Apprenance', url: 'https://learn.example.org/' };

/** Every message the platform sends today, and whether a person may turn its email off. */
const CATALOGUE: [template: string, optional: boolean][] = [
  ['account.invitation', false],
  ['account.password_reset', false],
  ['pair.applied', true],
  ['pair.declined', true],
  ['pair.enrolled', true],
  ['pair.waitlisted', true],
  ['pair.promoted', true],
  ['pair.withdrawn', true],
  ['pair.withdrawn_by_member', true],
  ['pair.application_conflict', true],
  ['session.reminder', true],
  ['prototype.submitted', true],
  ['prototype.presented', true],
  ['prototype.changes_requested', true],
  ['prototype.accepted', true],
  ['peer_review.assigned', true],
  ['peer_review.received', true],
  ['conviction.before', true],
  ['conviction.after', true],
  ['follow_up.due', true],
];

describe('message templates', () => {
  it('has exactly the expected templates', () => {
    expect(Object.keys(MESSAGE_TEMPLATES).sort()).toEqual(CATALOGUE.map(([t]) => t).sort());
  });

  it.each(CATALOGUE)('words %s in both languages, email optional: %p', (template, optional) => {
    const payload = {
      cohortId: 'c1',
      cohortName: 'Lyon 2027',
      waitlistRank: 2,
      token: 't.k',
      prototypeId: 'p1',
      version: 2,
    };
    const fr = renderMessage(template, 'fr', payload, 'Camille', SITE);
    const en = renderMessage(template, 'en', payload, 'Alex', SITE);
    for (const message of [fr, en]) {
      expect(message.subject).toMatch(/^\[Apprenance\] \S/);
      expect(message.link).toMatch(/^https:\/\/learn\.example\.org\/#\//);
      expect(message.text).toContain(message.link);
      expect(message.html).toContain('href="https://learn.example.org/#/');
    }
    expect(fr.text).toMatch(/^Bonjour Camille,/);
    expect(en.text).toMatch(/^Hello Alex,/);
    expect(fr.subject).not.toBe(en.subject);
    expect(isEmailOptional(template)).toBe(optional);
  });

  it.each([
    ['account.invitation', '14d', 'fr', 'expire dans 14 jours'],
    ['account.invitation', '14d', 'en', 'expires in 14 days'],
    ['account.invitation', undefined, 'fr', 'expire dans 7 jours'],
    ['account.password_reset', '30m', 'fr', 'expire dans 30 minutes'],
    ['account.password_reset', '2h', 'en', 'expires in 2 hours'],
    ['account.password_reset', undefined, 'en', 'expires in 1 hour'],
  ] as const)('%s valid for %s says, in %s, "%s"', (template, validFor, locale, words) => {
    const payload = { token: 't.k', ...(validFor ? { validFor } : {}) };
    // French puts a no-break space between the number and its unit.
    const text = renderMessage(template, locale, payload, 'Camille', SITE).text;
    expect(text.replace(/\s/g, ' ')).toContain(words);
  });

  it('words a session reminder in the cohort’s time zone and the reader’s language', () => {
    const payload = {
      cohortId: 'c1',
      cohortName: 'Lyon 2027',
      startsAt: '2027-03-16T08:00:00.000Z',
      timeZone: 'Europe/Paris',
      venue: 'Hôtel de ville',
    };
    const fr = renderMessage('session.reminder', 'fr', payload, 'Camille', SITE);
    const en = renderMessage('session.reminder', 'en', payload, 'Alex', SITE);
    expect(fr.text).toMatch(/16 mars 2027.*09:00/);
    expect(en.text).toMatch(/March 16, 2027.*9:00/);
    expect(fr.text).toContain('Lieu : Hôtel de ville');
  });

  it('words a follow-up reminder with its milestone, linking to the follow-ups', () => {
    const payload = { cohortId: 'c1', cohortName: 'Lyon 2027', pairId: 'p1', milestone: 6 };
    const fr = renderMessage('follow_up.due', 'fr', payload, 'Camille', SITE);
    const en = renderMessage('follow_up.due', 'en', payload, 'Alex', SITE);
    expect(fr.subject).toBe('[Apprenance] Suivi à 6 mois : Lyon 2027');
    expect(en.subject).toBe('[Apprenance] 6-month follow-up: Lyon 2027');
    expect(en.link).toBe('https://learn.example.org/#/follow-ups');
  });

  it('escapes what a payload carries in the HTML part', () => {
    const html = renderMessage('pair.enrolled', 'en', { cohortName: '<b>x</b>' }, 'A&B', SITE).html;
    expect(html).toContain('&#60;b&#62;x&#60;/b&#62;');
    expect(html).toContain('Hello A&#38;B,');
    expect(html).not.toContain('<b>x</b>');
  });

  it('refuses an unknown template rather than sending an empty message', () => {
    expect(() => renderMessage('pair.unknown', 'fr', {}, 'X', SITE)).toThrow(/pair\.unknown/);
  });
});
