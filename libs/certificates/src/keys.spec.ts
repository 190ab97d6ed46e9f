import { loadConfig } from '@apprenance/config';
import {
  generateSigningKeyPem,
  MissingSigningKeyError,
  publicJwks,
  signingKeyFromConfig,
} from './keys';

const base = {
  PUBLIC_URL: 'https://apprenance.example.org',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 'x'.repeat(32),
};

describe('signing keys from the configuration', () => {
  const current = generateSigningKeyPem();
  const retired = generateSigningKeyPem();

  it('publishes the current key and every retired one, each once', () => {
    const config = loadConfig({
      ...base,
      CERT_SIGNING_KEY: current.privateKey,
      CERT_SIGNING_KEY_ID: '2026-06',
      CERT_RETIRED_PUBLIC_KEYS: JSON.stringify([
        { kid: '2025-01', publicKey: retired.publicKey },
        { kid: '2026-06', publicKey: current.publicKey },
      ]),
    });
    const jwks = publicJwks(config);
    expect(jwks.keys.map((k) => k.kid)).toEqual(['2026-06', '2025-01']);
    expect(jwks.keys[0]).toEqual(signingKeyFromConfig(config).publicJwk);
    for (const key of jwks.keys) {
      expect(key).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
      expect(Object.keys(key)).not.toContain('d');
    }
  });

  it('says which variables to set when there is no key', () => {
    const config = loadConfig(base);
    expect(() => signingKeyFromConfig(config)).toThrow(MissingSigningKeyError);
    expect(() => signingKeyFromConfig(config)).toThrow(/CERT_SIGNING_KEY and CERT_SIGNING_KEY_ID/);
    expect(publicJwks(config)).toEqual({ keys: [] });
  });
});
