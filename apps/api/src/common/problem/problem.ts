import { HttpStatus } from '@nestjs/common';

/** An RFC 9457 problem document. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code?: string;
  errors?: Record<string, string[]>;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemType(code: string): string {
  return `urn:apprenance:problem:${code}`;
}

export function buildProblem(
  status: number,
  code: string,
  detail: string,
  errors?: Record<string, string[]>,
): Problem {
  const title = HttpStatus[status]?.toLowerCase().replace(/_/g, ' ') ?? 'error';
  return {
    type: problemType(code),
    title: title.charAt(0).toUpperCase() + title.slice(1),
    status,
    detail,
    code,
    ...(errors ? { errors } : {}),
  };
}
