import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

/** The id of the request being served, through every await of its handling. */
const served = new AsyncLocalStorage<string>();

/**
 * Trusts an incoming X-Request-Id if it looks like one, else makes one; echoes it back and
 * serves the rest of the request under it (the logs and the audit rows carry it).
 */
export function requestId(
  request: Request & { id?: string },
  response: Response,
  next: NextFunction,
): void {
  const incoming = request.header('x-request-id');
  const id = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
  request.id = id;
  response.setHeader('X-Request-Id', id);
  served.run(id, next);
}

/** The id of the request being served, or null outside a request (a job, a script). */
export function currentRequestId(): string | null {
  return served.getStore() ?? null;
}
