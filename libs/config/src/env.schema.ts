import { z } from 'zod';
import { KEY_ID_PATTERN, parseEd25519PrivateKey, parseRetiredPublicKeys } from './signing-keys';

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');
const duration = z.string().regex(/^\d+[smhd]$/, 'must be a duration such as 30s, 15m, 8h or 7d');
const postgresUrl = z
  .string()
  .url()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must start with postgres:// or postgresql://');
/** A z.string() whose value `parse` accepts; its error becomes the message. */
const parsedBy = (parse: (value: string) => unknown) =>
  z.string().superRefine((value, ctx) => {
    try {
      parse(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
    }
  });
const redisUrl = z
  .string()
  .url()
  .refine((v) => /^rediss?:\/\//.test(v), 'must start with redis:// or rediss://');

/**
 * Every environment variable the api and the worker read. Parsed once at start-up:
 * a missing or malformed value stops the process with a message naming the variable.
 */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().default('0.0.0.0'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    PUBLIC_URL: z.string().url(),
    CORS_ORIGINS: z.string().optional(),
    /** Number of proxies in front of the api, so that rate limits see the client's address. */
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
    DATABASE_URL: postgresUrl,
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    DATABASE_SSL: bool.default('false'),
    REDIS_URL: redisUrl,
    REDIS_PREFIX: z
      .string()
      .regex(/^[a-zA-Z0-9_:-]+$/, 'letters, digits, _ : - only')
      .default('apprenance'),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters'),
    JWT_TTL: duration.default('8h'),
    LOGIN_MAX_PER_IP_PER_MINUTE: z.coerce.number().int().min(1).default(20),
    LOGIN_MAX_PER_EMAIL_PER_15_MINUTES: z.coerce.number().int().min(1).default(10),
    BODY_LIMIT: z
      .string()
      .regex(/^\d+(b|kb|mb)$/i, 'must be a size such as 512kb or 1mb')
      .default('1mb'),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    ADMIN_DIST_DIR: z.string().optional(),
    /** Largest file a course resource upload may be. */
    UPLOAD_MAX_SIZE: z
      .string()
      .regex(/^\d+(b|kb|mb)$/i, 'must be a size such as 512kb or 20mb')
      .default('20mb'),
    STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
    STORAGE_LOCAL_DIR: z.string().default('.data/files'),
    S3_ENDPOINT: z.string().url().optional(),
    S3_REGION: z.string().optional(),
    S3_BUCKET: z.string().optional(),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
    HEARTBEAT_EVERY: duration.default('1m'),
    /** The relay is woken by NOTIFY on commit; this poll only covers a lost notification. */
    JOB_RELAY_POLL_EVERY: duration.default('10s'),
    /** How often a worker looks for relayed jobs that Redis no longer has. */
    JOB_SWEEP_EVERY: duration.default('5m'),
    /** Unset: each mail is written as an .eml file under MAIL_DIR instead of being sent. */
    SMTP_URL: z
      .string()
      .url()
      .refine((v) => /^smtps?:\/\//.test(v), 'must start with smtp:// or smtps://')
      .optional(),
    MAIL_FROM: z.string().min(3).default('Apprenance <no-reply@apprenance.local>'),
    MAIL_DIR: z.string().default('.data/mail'),
    /** The platform's name in every message. */
    PLATFORM_NAME: z.string().min(1).max(60).default('Apprenance'),
    /** How often each worker puts back into the queue certificates pending for too long. */
    CERTIFICATE_RECONCILE_EVERY: duration.default('1m'),
    /** A certificate pending this long without an attempt lost its job (Redis) or its worker. */
    CERTIFICATE_STALE_AFTER: duration.default('2m'),
    INVITATION_TTL: duration.default('7d'),
    PASSWORD_RESET_TTL: duration.default('1h'),
    /** Ed25519 private key signing certificates: PEM (PKCS#8) or base64 of its DER. */
    CERT_SIGNING_KEY: parsedBy(parseEd25519PrivateKey).optional(),
    /** Its key id (`kid`), published in the JWKS; change it with the key. */
    CERT_SIGNING_KEY_ID: z
      .string()
      .regex(KEY_ID_PATTERN, 'letters, digits, . _ : - only (at most 64)')
      .optional(),
    /** JSON array of {kid, publicKey} of retired keys, still published to verify old certificates. */
    CERT_RETIRED_PUBLIC_KEYS: parsedBy(parseRetiredPublicKeys).optional(),
  })
  .superRefine((env, ctx) => {
    if (!env.CERT_SIGNING_KEY !== !env.CERT_SIGNING_KEY_ID) {
      const missing = env.CERT_SIGNING_KEY ? 'CERT_SIGNING_KEY_ID' : 'CERT_SIGNING_KEY';
      ctx.addIssue({ code: 'custom', path: [missing], message: 'required with its pair' });
    }
    if (env.STORAGE_DRIVER !== 's3') return;
    for (const key of [
      'S3_BUCKET',
      'S3_REGION',
      'S3_ACCESS_KEY_ID',
      'S3_SECRET_ACCESS_KEY',
    ] as const) {
      if (!env[key]) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'required when STORAGE_DRIVER=s3' });
      }
    }
  });

export type AppConfig = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = envSchema.safeParse(cleaned);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`),
  );
}

/** Converts a duration such as `15m` to milliseconds. */
export function durationMs(value: string): number {
  const match = /^(\d+)([smhd])$/.exec(value);
  if (!match) throw new Error(`Not a duration: ${value}`);
  const unit = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[
    match[2] as 's' | 'm' | 'h' | 'd'
  ];
  return Number(match[1]) * unit;
}

/** Converts a size such as `512kb` or `20mb` to bytes. */
export function sizeBytes(value: string): number {
  const match = /^(\d+)(b|kb|mb)$/i.exec(value);
  if (!match) throw new Error(`Not a size: ${value}`);
  const unit = { b: 1, kb: 1024, mb: 1024 * 1024 }[match[2].toLowerCase() as 'b' | 'kb' | 'mb'];
  return Number(match[1]) * unit;
}

/** The origins allowed by CORS: CORS_ORIGINS if given, else the origin of PUBLIC_URL. */
export function corsOrigins(config: AppConfig): string[] {
  const list = config.CORS_ORIGINS ?? new URL(config.PUBLIC_URL).origin;
  return list
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
}
