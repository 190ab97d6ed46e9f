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
