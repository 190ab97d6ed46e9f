import { diffFields } from './audit-diff';

describe('diffFields', () => {
  it('lists only the fields that changed', () => {
    expect(diffFields({ a: 1, b: 'x' }, { a: 2, b: 'x' }, ['a', 'b'])).toEqual({ a: [1, 2] });
  });

  it('reports a creation and a deletion against null', () => {
    expect(diffFields(null, { a: 1 }, ['a'])).toEqual({ a: [null, 1] });
    expect(diffFields({ a: 1 }, null, ['a'])).toEqual({ a: [1, null] });
  });

  it('compares dates by instant and ignores unlisted fields', () => {
    const at = new Date('2026-01-01T00:00:00Z');
    expect(
      diffFields({ at, secret: 'a' }, { at: new Date(at.getTime()), secret: 'b' }, ['at']),
    ).toEqual({});
  });
});
