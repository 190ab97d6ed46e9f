import type { IncomingMessage, ServerResponse } from 'node:http';
import { startTime } from 'pino-http';

/** A request that takes this long is logged whatever its answer. */
export const SLOW_REQUEST_MS = 1000;

/**
 * The level of a request's log line: `info` for failures (4xx, 5xx, errors) and slow requests,
 * `debug` for the rest. A line for every quick success cost 5–8 % of the api's CPU under load
 * (issue 14); `LOG_LEVEL=debug` brings them back.
 */
export function requestLogLevel(
  statusCode: number,
  elapsedMs: number,
  error?: Error,
): 'info' | 'debug' {
  return error || statusCode >= 400 || elapsedMs >= SLOW_REQUEST_MS ? 'info' : 'debug';
}

/** `requestLogLevel` as pino-http's `customLogLevel`. */
export function pinoRequestLogLevel(
  _request: IncomingMessage,
  response: ServerResponse,
  error?: Error,
): 'info' | 'debug' {
  return requestLogLevel(response.statusCode, Date.now() - response[startTime], error);
}
