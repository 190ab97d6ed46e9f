// The api's list of reasons, read by the test only: the web app itself never imports the api.
import { PROBLEM_REASONS } from '../../../api/src/common/problem/reasons';
import { en } from './en';
import { fr } from './fr';

/** `[['apprenance.title', 'Apprenance'], …]` */
function flatten(messages: object, prefix = ''): [string, unknown][] {
  return Object.entries(messages).flatMap(([key, value]): [string, unknown][] =>
    typeof value === 'object' && value !== null
      ? flatten(value as object, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value]],
  );
}

const keysOf = (messages: object) => flatten(messages).map(([key]) => key);

describe('translations', () => {
  it('have the same keys in French and English', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(fr).sort());
  });

  it.each([
    ['fr', fr],
    ['en', en],
  ])('give every %s key a non-empty text', (_locale, messages) => {
    const empty = flatten(messages).filter(([, text]) => typeof text !== 'string' || !text.trim());
    expect(empty).toEqual([]);
  });
});

describe('problem reasons', () => {
  it.each([
    ['fr', fr],
    ['en', en],
  ])('are all translated in %s, and only they', (_locale, messages) => {
    expect(Object.keys(messages.apprenance.problems).sort()).toEqual([...PROBLEM_REASONS].sort());
  });
});
