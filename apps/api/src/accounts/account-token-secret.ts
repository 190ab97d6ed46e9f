import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A link's token is `<row id>.<secret>`: the id finds the row, the secret is compared with its
 * stored hash in constant time. 32 random bytes make the secret unguessable.
 */
export interface ParsedToken {
  id: string;
  secret: string;
}

const TOKEN_SHAPE = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/;

export function newSecret(): { secret: string; secretHash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { secret, secretHash: hashSecret(secret) };
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function formatToken(id: string, secret: string): string {
  return `${id}.${secret}`;
}

export function parseToken(token: string): ParsedToken | null {
  const match = TOKEN_SHAPE.exec(token);
  return match ? { id: match[1], secret: match[2] } : null;
}

export function secretMatches(secret: string, secretHash: string): boolean {
  const expected = Buffer.from(secretHash, 'hex');
  const actual = Buffer.from(hashSecret(secret), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
