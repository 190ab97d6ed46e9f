import { generateKeyPairSync, KeyObject } from 'node:crypto';
import {
  AppConfig,
  parseEd25519PrivateKey,
  parseEd25519PublicKey,
  parseRetiredPublicKeys,
} from '@apprenance/config';
import { Jwks, PublicJwk } from './types';

/** The issuer's current signing key and its id. */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicJwk: PublicJwk;
}

export class MissingSigningKeyError extends Error {
  constructor() {
    super('CERT_SIGNING_KEY and CERT_SIGNING_KEY_ID must be set to issue certificates');
    this.name = 'MissingSigningKeyError';
  }
}

export function toPublicJwk(key: KeyObject, kid: string): PublicJwk {
  const jwk = key.export({ format: 'jwk' });
  return { kty: 'OKP', crv: 'Ed25519', x: String(jwk.x), kid, alg: 'EdDSA', use: 'sig' };
}

export function signingKey(privateKeyText: string, kid: string): SigningKey {
  const privateKey = parseEd25519PrivateKey(privateKeyText);
  return { kid, privateKey, publicJwk: toPublicJwk(privateKey, kid) };
}

/** The configured signing key; throws MissingSigningKeyError when none is configured. */
export function signingKeyFromConfig(config: AppConfig): SigningKey {
  if (!config.CERT_SIGNING_KEY || !config.CERT_SIGNING_KEY_ID) throw new MissingSigningKeyError();
  return signingKey(config.CERT_SIGNING_KEY, config.CERT_SIGNING_KEY_ID);
}

/**
 * The public keys a verifier trusts: the current one and every retired one, so that a
 * certificate signed before a rotation still verifies. Published at /api/v1/credentials/jwks.
 */
export function publicJwks(config: AppConfig): Jwks {
  const keys: PublicJwk[] = [];
  if (config.CERT_SIGNING_KEY && config.CERT_SIGNING_KEY_ID) {
    keys.push(signingKeyFromConfig(config).publicJwk);
  }
  const retired = config.CERT_RETIRED_PUBLIC_KEYS
    ? parseRetiredPublicKeys(config.CERT_RETIRED_PUBLIC_KEYS)
    : [];
  for (const { kid, publicKey } of retired) {
    if (!keys.some((key) => key.kid === kid)) {
      keys.push(toPublicJwk(parseEd25519PublicKey(publicKey), kid));
    }
  }
  return { keys };
}

/** A fresh Ed25519 key: PKCS#8 PEM of the private key and SPKI PEM of the public key. */
export function generateSigningKeyPem(): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKey: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicKey: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
  };
}
