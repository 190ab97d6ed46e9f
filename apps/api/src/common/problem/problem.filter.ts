import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { DOMAIN_ERROR_STATUS, DomainError } from './domain-error';
import { Problem, PROBLEM_CONTENT_TYPE, problemType } from './problem';
import { ValidationProblemException } from './validation';

/** Errors raised by Express' body parser before a route runs. */
interface BodyParserError {
  type: string;
  status: number;
  expose?: boolean;
}

const BODY_PARSER_DETAILS: Record<string, [code: string, detail: string]> = {
  'entity.parse.failed': ['malformed_body', 'The request body is not valid JSON.'],
  'entity.too.large': ['body_too_large', 'The request body is larger than the server accepts.'],
  'encoding.unsupported': ['unsupported_encoding', 'The request body encoding is not supported.'],
  'charset.unsupported': ['unsupported_charset', 'The request body charset is not supported.'],
};

/** The one place where every error becomes an application/problem+json response. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<Request>();
    const response = context.getResponse<Response>();
    const problem = { ...this.toProblem(exception), instance: request.originalUrl };
    if (problem.status >= 500) {
      this.logger.error({ err: exception, url: request.originalUrl }, 'Unhandled error');
    }
    if (exception instanceof ThrottlerException) response.setHeader('Retry-After', '60');
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown): Problem {
    if (exception instanceof DomainError) {
      const status = DOMAIN_ERROR_STATUS[exception.code];
      return this.build(status, exception.code, exception.message, exception.fields);
    }
    if (exception instanceof ValidationProblemException) {
      return this.build(400, 'validation_failed', exception.message, exception.errors);
    }
    if (exception instanceof ThrottlerException) {
      return this.build(429, 'too_many_requests', 'Too many requests; try again in a minute.');
    }
    if (exception instanceof HttpException) {
      return this.fromHttpException(exception);
    }
    if (isBodyParserError(exception)) {
      const [code, detail] = BODY_PARSER_DETAILS[exception.type] ?? ['bad_request', 'Bad request.'];
      return this.build(exception.status, code, detail);
    }
    return this.build(500, 'internal_error', 'An unexpected error occurred.');
  }

  private fromHttpException(exception: HttpException): Problem {
    const status = exception.getStatus();
    const body = exception.getResponse();
    const message =
      typeof body === 'string'
        ? body
        : String((body as { message?: unknown }).message ?? exception.message);
    const code = (HttpStatus[status] ?? 'error').toLowerCase();
    return this.build(status, code, status >= 500 ? 'An unexpected error occurred.' : message);
  }

  private build(
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
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as BodyParserError).type === 'string' &&
    typeof (error as BodyParserError).status === 'number' &&
    (error as BodyParserError).status >= 400 &&
    (error as BodyParserError).status < 500
  );
}
