/**
 * Whether an error means that Postgres or Redis cannot be reached right now, rather than that
 * the request or the code is wrong: the client may retry, so it gets a 503, not a 500.
 */
export function isDependencyUnavailable(error: unknown): boolean {
  // Duck-typed, not `instanceof Error`: Node's own network errors may come from another realm.
  let cause = error as Cause | undefined;
  for (let depth = 0; depth < 5 && typeof cause === 'object' && cause !== null; depth++) {
    const { code, message } = cause;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || PG_UNAVAILABLE.test(code))) {
      return true;
    }
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((m) => message.includes(m))) {
      return true;
    }
    // TypeORM wraps the driver's error in `driverError`; others use the standard `cause`.
    cause = (cause.driverError ?? cause.cause) as Cause | undefined;
  }
  return false;
}

interface Cause {
  code?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);

/** SQLSTATE class 08 (connection exception) and 57P01–57P03 (server shutting down or starting). */
const PG_UNAVAILABLE = /^(08[0-9A-Z]{3}|57P0[1-3])$/;

/** What pg and ioredis say when a connection is lost or cannot be made in time. */
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Reached the max retries per request limit',
  'Connection is closed.',
  "Stream isn't writeable",
];
