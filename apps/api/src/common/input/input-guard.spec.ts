import { inputProblems, MAX_INPUT_DEPTH } from './input-guard';

describe('inputProblems', () => {
  it.each([
    ['a NUL', { name: 'a\u0000b' }, { name: ['must not contain a NUL character'] }],
    [
      'a lone surrogate',
      { a: [{ b: 'x\ud83dy' }] },
      { 'a.0.b': ['must be well-formed Unicode (no lone surrogate)'] },
    ],
    [
      'a control character',
      { note: 'bell\u0007' },
      { note: ['must not contain control characters'] },
    ],
    [
      'prototype keys',
      JSON.parse('{"__proto__":{},"x":{"constructor":1,"prototype":2}}'),
      {
        // Computed, or the literal would set the object's prototype instead.
        ['__proto__']: ['is not a field this request accepts'],
        'x.constructor': ['is not a field this request accepts'],
        'x.prototype': ['is not a field this request accepts'],
      },
    ],
  ])('names %s by its path', (_, input, expected) => {
    const problems = inputProblems(input);
    expect(Object.keys(problems).sort()).toEqual(Object.keys(expected).sort());
    for (const key of Object.keys(expected)) {
      expect(problems[key]).toEqual((expected as Record<string, string[]>)[key]);
    }
  });

  it('accepts tabs, line breaks, emoji, combining marks and right-to-left text', () => {
    expect(inputProblems({ a: 'x\ty\r\nz 😀 e\u0301 \u202eabc', b: [1, true, null] })).toEqual({});
  });

  it('refuses nesting past the limit without walking it recursively', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    const [path] = Object.keys(inputProblems(deep));
    expect(path.split('.')).toHaveLength(MAX_INPUT_DEPTH);
  });
});
