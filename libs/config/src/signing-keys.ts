import { createPrivateKey, createPublicKey, KeyObject } from 'node:crypto';

/**
 * Certificate signing keys as the environment gives them: an Ed25519 private key as PEM
 * (PKCS#8) or as the base64 of its DER, and retired public keys as PEM (SPKI) or base64 DER.
 * Parsed here so that a malformed key stops the process at start-up with its variable's name.
 */
const keyInput = <T extends 'pkcs8' | 'spki'>(text: string, type: T) =>
  text.includes('-----BEGIN')
    ? { key: text.replace(/\\n/g, '\n'), format: 'pem' as const }
    : { key: Buffer.from(text.trim(), 'base64'), format: 'der' as const, type };

function ed25519(key: KeyObject): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('not an Ed25519 key');
  return key;
}

export const parseEd25519PrivateKey = (text: string) =>
  ed25519(createPrivateKey(keyInput(text, 'pkcs8')));

export const parseEd25519PublicKey = (text: string) =>
  ed25519(createPublicKey(keyInput(text, 'spki')));

export interface RetiredPublicKey {
  kid: string;
  publicKey: string;
}

/** A key id as it appears in a JWS header and the JWKS. */
export const KEY_ID_PATTERN = /^[A-Za-z0-9._:-]{1,64}$/;

/** Parses CERT_RETIRED_PUBLIC_KEYS: a JSON array of {kid, publicKey}; throws with the reason. */
export function parseRetiredPublicKeys(text: string): RetiredPublicKey[] {
  const list: unknown = JSON.parse(text);
  if (!Array.isArray(list)) throw new Error('must be a JSON array of {kid, publicKey}');
  return list.map((item: unknown, i) => {
    const entry = item as Partial<RetiredPublicKey> | null;
    if (typeof entry?.kid !== 'string' || !KEY_ID_PATTERN.test(entry.kid)) {
      throw new Error(`entry ${i}: kid must match ${KEY_ID_PATTERN.source}`);
    }
    if (typeof entry.publicKey !== 'string') throw new Error(`entry ${i}: publicKey missing`);
    parseEd25519PublicKey(entry.publicKey);
    return { kid: entry.kid, publicKey: entry.publicKey };
  });
}
