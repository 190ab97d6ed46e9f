import { formatToken, newSecret, parseToken, secretMatches } from './account-token-secret';

describe('account token secrets', () => {
  const id = '3f2b8c1e-0d4a-4c7e-9a61-2b5e8f0c7d19';

  it('round-trips a token and matches only its own secret', () => {
    const { secret, secretHash } = newSecret();
    const parsed = parseToken(formatToken(id, secret));
    expect(parsed).toEqual({ id, secret });
    expect(secretMatches(secret, secretHash)).toBe(true);
    expect(secretMatches(newSecret().secret, secretHash)).toBe(false);
  });

  it('never stores the secret itself', () => {
    const { secret, secretHash } = newSecret();
    expect(secretHash).not.toContain(secret);
    expect(secretHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['', false],
    [id, false],
    [`${id}.short`, false],
    [`${id}.${'a'.repeat(43)}`, true],
    [`not-a-uuid-at-all-not-a-uuid-at-all.${'a'.repeat(43)}`, false],
    [`${id}.${'a'.repeat(42)}=`, false],
  ])('parses %p: %p', (token, valid) => {
    expect(parseToken(token) !== null).toBe(valid);
  });
});
