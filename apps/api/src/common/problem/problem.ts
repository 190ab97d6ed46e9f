import { HttpStatus } from '@nestjs/common';
import type { ProblemParams, ProblemReason } from './reasons';

/** An RFC 9457 problem document, with our extension members `code`, `reason` and `params`. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: string;
  reason: ProblemReason;
  params?: ProblemParams;
  errors?: Record<string, string[]>;
}

/** What a problem is built from; its type and title follow from the code and status. */
export type ProblemInput = Pick<Problem, 'status' | 'code' | 'reason' | 'detail'> &
  Partial<Pick<Problem, 'errors' | 'params'>>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemType(code: string): string {
  return `urn:apprenance:problem:${code}`;
}

export function buildProblem({
  status,
  code,
  reason,
  detail,
  errors,
  params,
}: ProblemInput): Problem {
  const title = HttpStatus[status]?.toLowerCase().replace(/_/g, ' ') ?? 'error';
  return {
    type: problemType(code),
    title: title.charAt(0).toUpperCase() + title.slice(1),
    status,
    detail,
    code,
    reason,
    ...(params ? { params } : {}),
    ...(errors ? { errors } : {}),
  };
}
