import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import frenchMessages from 'ra-language-french';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { problemError } from './problem';

/** The real messages through the app's polyglot provider (react-admin itself does not load under jest). */
const translateIn = (locale: 'fr' | 'en') =>
  polyglotI18nProvider(
    () => (locale === 'en' ? { ...englishMessages, ...en } : { ...frenchMessages, ...fr }),
    locale,
  ).translate;

const problem = {
  type: 'urn:apprenance:problem:validation',
  title: 'Bad Request',
  status: 400,
  detail: 'The request has invalid fields.',
};

describe('problemError', () => {
  it('maps field errors to react-admin submission errors, joining the messages', () => {
    const errors = { email: ['email must be an email', 'email is taken'], 'a.b': ['bad'] };
    const { message, body } = problemError(
      { ...problem, errors },
      'Bad Request',
      translateIn('en'),
    );
    expect(message).toBe('The request has invalid fields.');
    expect(body).toEqual({
      ...problem,
      errors: {
        email: 'email must be an email email is taken',
        'a.b': 'bad',
      },
    });
  });

  it('uses the detail as the message when there are no field errors', () => {
    const conflict = { ...problem, status: 409, title: 'Conflict', detail: 'Name already used' };
    expect(problemError(conflict, 'Conflict', translateIn('fr'))).toEqual({
      message: 'Name already used',
      body: conflict,
    });
  });

  it('keeps an empty errors map out of the form', () => {
    expect(problemError({ ...problem, errors: {} }, 'x', translateIn('fr')).body).toEqual({
      ...problem,
      errors: {},
    });
  });

  it('falls back to the status text for a body that is not a problem', () => {
    expect(problemError(undefined, 'Bad Gateway', translateIn('fr'))).toEqual({
      message: 'Bad Gateway',
      body: undefined,
    });
  });
});

describe('problemError with a reason', () => {
  const capacity = {
    ...problem,
    status: 422,
    title: 'Unprocessable entity',
    detail: '4 seats are already taken.',
    reason: 'cohort.capacity_below_enrolled',
    params: { seats: 4 },
  };

  it.each([
    ['fr', 'La capacité ne peut pas être inférieure aux 4 places déjà occupées.'],
    ['en', 'The capacity cannot be below the 4 seats already taken.'],
  ] as const)('shows the reason in %s with its params', (locale, expected) => {
    expect(problemError(capacity, 'x', translateIn(locale)).message).toBe(expected);
  });

  it('keeps the field errors beside the translated reason', () => {
    const body = { ...capacity, errors: { capacity: ['must be at least 4'] } };
    const { message, body: sent } = problemError(body, 'x', translateIn('fr'));
    expect(message).toMatch(/^La capacité/);
    expect(sent).toMatchObject({ errors: { capacity: 'must be at least 4' } });
  });

  it('falls back to the detail for a reason this app does not know', () => {
    const unknown = { ...capacity, reason: 'cohort.some_future_rule' };
    expect(problemError(unknown, 'x', translateIn('fr')).message).toBe(
      '4 seats are already taken.',
    );
  });
});
