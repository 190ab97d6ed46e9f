import { randomInt } from 'node:crypto';

/** Crockford's base 32 without I, L, O and U: nothing a reader can mistake for another. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A short verification code for people to type, e.g. `K7QM-3XRD-WP9T`: 60 random bits, so
 * guessing a valid one is hopeless, in groups of four.
 */
export function newCertificateCode(): string {
  const groups = Array.from({ length: 3 }, () =>
    Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
  );
  return groups.join('-');
}

/** Reads a typed code leniently: case, spaces, dashes and look-alike letters do not matter. */
export function normaliseCertificateCode(input: string): string | null {
  const cleaned = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (!/^[0-9A-HJKMNP-TV-Z]{12}$/.test(cleaned)) return null;
  return cleaned.match(/.{4}/g)!.join('-');
}
