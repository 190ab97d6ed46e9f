import { parseTotal } from './contentRange';

describe('parseTotal', () => {
  it('reads the total after the slash', () => {
    expect(parseTotal('users 0-24/123')).toBe(123);
  });

  it('reads an empty range', () => {
    expect(parseTotal('territories 0-0/0')).toBe(0);
  });

  it.each([null, '', 'users 0-24/*', 'users 0-24'])('rejects %p', (header) => {
    expect(() => parseTotal(header)).toThrow(/Content-Range/);
  });
});
