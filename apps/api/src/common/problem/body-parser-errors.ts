import type { NextFunction, Request, Response } from 'express';
import { buildProblem, PROBLEM_CONTENT_TYPE } from './problem';
import type { RequestReason } from './reasons';

/** Errors raised by Express' body parser before any route runs. */
interface BodyParserError {
  type: string;
  status: number;
}

type Details = [code: string, reason: RequestReason, detail: string];

const DETAILS: Record<string, Details> = {
  'entity.parse.failed': [
    'malformed_body',
    'request.malformed_json',
    'The request body is not valid JSON.',
  ],
  'entity.too.large': [
    'body_too_large',
    'request.body_too_large',
    'The request body is larger than the server accepts.',
  ],
  'encoding.unsupported': [
    'unsupported_encoding',
    'request.unsupported_encoding',
    'The request body encoding is not supported.',
  ],
  'charset.unsupported': [
    'unsupported_charset',
    'request.unsupported_charset',
    'The request body charset is not supported.',
  ],
  'request.aborted': [
    'request_aborted',
    'request.aborted',
    'The request was aborted while its body was read.',
  ],
};

const UNREADABLE: Details = [
  'bad_request',
  'request.unreadable_body',
  'The request body could not be read.',
];

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
  const [code, reason, detail] = DETAILS[error.type] ?? UNREADABLE;
  const problem = {
    ...buildProblem({ status: error.status, code, reason, detail }),
    instance: request.originalUrl,
  };
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
