import { generateKeyPairSync } from 'node:crypto';
import { ConfigError, corsOrigins, durationMs, loadConfig, sizeBytes } from './env.schema';

const valid = {
  PUBLIC_URL: 'http://localhost:3000',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/apprenance',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 'x'.repeat(32),
};

describe('loadConfig', () => {
  it('applies defaults to a minimal valid environment', () => {
    const config = loadConfig(valid);
    expect(config.PORT).toBe(3000);
    expect(config.STORAGE_DRIVER).toBe('local');
    expect(config.JWT_TTL).toBe('8h');
  });

  it('names every missing variable', () => {
    expect(() => loadConfig({})).toThrow(ConfigError);
    try {
      loadConfig({});
    } catch (error) {
      const message = (error as ConfigError).message;
      for (const name of ['PUBLIC_URL', 'DATABASE_URL', 'REDIS_URL', 'JWT_SECRET']) {
        expect(message).toContain(name);
      }
    }
  });

  it('rejects a malformed value and names it', () => {
    expect(() => loadConfig({ ...valid, PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ ...valid, DATABASE_URL: 'mysql://x@y/z' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ ...valid, JWT_SECRET: 'short' })).toThrow(
      /JWT_SECRET: must be at least/,
    );
  });

  it.each([
    ['smtp://mail.example:587', true],
    ['smtps://user:secret@mail.example', true],
    ['http://mail.example', false],
    ['mail.example:25', false],
  ])('accepts SMTP_URL %p: %p', (url, accepted) => {
    const load = () => loadConfig({ ...valid, SMTP_URL: url });
    if (accepted) expect(load().SMTP_URL).toBe(url);
    else expect(load).toThrow(/SMTP_URL/);
  });

  it('requires the S3 settings only with the s3 driver', () => {
    expect(() => loadConfig({ ...valid, STORAGE_DRIVER: 's3' })).toThrow(/S3_BUCKET/);
  });

  describe('certificate signing keys', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const der = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    const spki = publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 })
      .privateKey.export({ format: 'pem', type: 'pkcs8' })
      .toString();

    it.each([
      ['a PEM key and its id', { CERT_SIGNING_KEY: pem, CERT_SIGNING_KEY_ID: 'k1' }, null],
      ['base64 DER', { CERT_SIGNING_KEY: der, CERT_SIGNING_KEY_ID: 'k1' }, null],
      ['no key at all', {}, null],
      ['a key without id', { CERT_SIGNING_KEY: pem }, /CERT_SIGNING_KEY_ID: required/],
      ['an id without key', { CERT_SIGNING_KEY_ID: 'k1' }, /CERT_SIGNING_KEY: required/],
      ['garbage', { CERT_SIGNING_KEY: 'abc', CERT_SIGNING_KEY_ID: 'k1' }, /CERT_SIGNING_KEY:/],
      ['an RSA key', { CERT_SIGNING_KEY: rsa, CERT_SIGNING_KEY_ID: 'k1' }, /not an Ed25519 key/],
      ['a bad id', { CERT_SIGNING_KEY: pem, CERT_SIGNING_KEY_ID: 'a b' }, /CERT_SIGNING_KEY_ID/],
      [
        'retired keys',
        { CERT_RETIRED_PUBLIC_KEYS: JSON.stringify([{ kid: 'old', publicKey: spki }]) },
        null,
      ],
      [
        'retired keys not a list',
        { CERT_RETIRED_PUBLIC_KEYS: '{}' },
        /CERT_RETIRED_PUBLIC_KEYS: must be a JSON array/,
      ],
      [
        'a retired key without kid',
        { CERT_RETIRED_PUBLIC_KEYS: JSON.stringify([{ publicKey: spki }]) },
        /entry 0: kid/,
      ],
    ])('%s', (_what, env, error) => {
      const load = () => loadConfig({ ...valid, ...env });
      if (error) expect(load).toThrow(error);
      else expect(load).not.toThrow();
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ ...valid, PORT: '' }).PORT).toBe(3000);
  });
});

describe('helpers', () => {
  it('converts sizes', () => {
    expect(sizeBytes('512kb')).toBe(524_288);
    expect(sizeBytes('20MB')).toBe(20_971_520);
    expect(() => sizeBytes('20 mb')).toThrow();
  });

  it('converts durations', () => {
    expect(durationMs('15m')).toBe(900_000);
    expect(durationMs('2d')).toBe(172_800_000);
  });

  it('derives the CORS origin from PUBLIC_URL', () => {
    expect(corsOrigins(loadConfig({ ...valid, PUBLIC_URL: 'https://a.example/app' }))).toEqual([
      'https://a.example',
    ]);
  });
});
