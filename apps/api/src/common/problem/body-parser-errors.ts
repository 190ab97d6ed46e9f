import type { NextFunction, Request, Response } from 'express';
import { buildProblem, PROBLEM_CONTENT_TYPE } from './problem';

/** Errors raised by Express' body parser before any route runs. */
interface BodyParserError {
  type: string;
  status: number;
}

const DETAILS: Record<string, [code: string, detail: string]> = {
  'entity.parse.failed': ['malformed_body', 'The request body is not valid JSON.'],
  'entity.too.large': ['body_too_large', 'The request body is larger than the server accepts.'],
  'encoding.unsupported': ['unsupported_encoding', 'The request body encoding is not supported.'],
  'charset.unsupported': ['unsupported_charset', 'The request body charset is not supported.'],
  'request.aborted': ['request_aborted', 'The request was aborted while its body was read.'],
};

/**
 * Express error middleware placed right after the body parsers: their errors never reach
 * Nest's exception filters, so they become problem+json here.
 */
export function bodyParserErrors(
  error: unknown,
  request: Request,
  response: Response,
  next: NextFunction,
): void {
  if (!isBodyParserError(error)) return next(error);
  const [code, detail] = DETAILS[error.type] ?? [
    'bad_request',
    'The request body could not be read.',
  ];
  const problem = { ...buildProblem(error.status, code, detail), instance: request.originalUrl };
  response.status(error.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}

function isBodyParserError(error: unknown): error is BodyParserError {
  const candidate = error as Partial<BodyParserError> | null;
  return (
    typeof candidate?.type === 'string' &&
    typeof candidate.status === 'number' &&
    candidate.status >= 400 &&
    candidate.status < 500
  );
}
