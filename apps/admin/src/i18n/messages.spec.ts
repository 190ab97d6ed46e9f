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
