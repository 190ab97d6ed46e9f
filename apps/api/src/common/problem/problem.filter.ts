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
import { buildProblem, Problem, PROBLEM_CONTENT_TYPE } from './problem';
import { ValidationProblemException } from './validation';

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
    return buildProblem(status, code, detail, errors);
  }
}
