import type { Response } from 'supertest';
import { PROBLEM_REASONS } from '../../apps/api/src/common/problem/reasons';

/**
 * Asserts an RFC 9457 problem response with the given status and code, and a reason the web
 * app translates: the given one, or at least a known one.
 */
export function expectProblem(
  response: Response,
  status: number,
  code: string,
  reason?: string,
): void {
  expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ type: `urn:apprenance:problem:${code}`, status });
  expect(typeof response.body.title).toBe('string');
  expect(typeof response.body.detail).toBe('string');
  expect(PROBLEM_REASONS).toContain(response.body.reason);
  if (reason) expect(response.body.reason).toBe(reason);
  expect(JSON.stringify(response.body)).not.toMatch(/\bat .+\.(js|ts):\d+/);
}
