import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { RetryLaterException } from '../throttling/throttle';
import type { Request, Response } from 'express';
import { DOMAIN_ERROR_STATUS, DomainError } from './domain-error';
import { buildProblem, Problem, PROBLEM_CONTENT_TYPE } from './problem';
import { localiseFieldErrors, type MessageLanguage, requestLanguage } from './field-messages';
import { isDependencyUnavailable } from './unavailable';
import { ValidationProblemException } from './validation';

/** The one place where every error becomes an application/problem+json response. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<Request>();
    const response = context.getResponse<Response>();
    const problem = localised(
      { ...this.toProblem(exception), instance: request.originalUrl },
      requestLanguage(request),
    );
    if (problem.status >= 500) {
      this.logger.error({ err: exception, url: request.originalUrl }, 'Unhandled error');
    }
    if (exception instanceof ThrottlerException) {
      const seconds = exception instanceof RetryLaterException ? exception.retryAfterSeconds : 60;
      response.setHeader('Retry-After', String(seconds));
    }
    if (problem.status === 503) response.setHeader('Retry-After', '5');
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown): Problem {
    if (exception instanceof DomainError) {
      const { code, reason, message: detail, fields: errors, params } = exception;
      return buildProblem({
        status: DOMAIN_ERROR_STATUS[code],
        code,
        reason,
        detail,
        errors,
        params,
      });
    }
    if (exception instanceof ValidationProblemException) {
      return buildProblem({
        status: 400,
        code: 'validation_failed',
        reason: 'request.invalid_fields',
        detail: exception.message,
        errors: exception.errors,
      });
    }
    if (exception instanceof ThrottlerException) {
      return buildProblem({
        status: 429,
        code: 'too_many_requests',
        reason: 'request.throttled',
        detail: 'Too many requests; try again in a minute.',
      });
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      return this.fromHttpException(exception);
    }
    if (isDependencyUnavailable(exception)) return UNAVAILABLE;
    return INTERNAL_ERROR;
  }

  /** Nest's own 4xx: an unknown route, or a built-in pipe refusing a parameter. */
  private fromHttpException(exception: HttpException): Problem {
    const status = exception.getStatus();
    const body = exception.getResponse();
    const detail =
      typeof body === 'string'
        ? body
        : String((body as { message?: unknown }).message ?? exception.message);
    const code = (HttpStatus[status] ?? 'error').toLowerCase();
    const reason = status === 404 ? 'route.not_found' : 'request.rejected';
    return buildProblem({ status, code, reason, detail });
  }
}

/** Field messages in the person's language; the reason stays the stable key clients translate. */
function localised(problem: Problem, language: MessageLanguage): Problem {
  return problem.errors
    ? { ...problem, errors: localiseFieldErrors(problem.errors, language) }
    : problem;
}

const INTERNAL_ERROR = buildProblem({
  status: 500,
  code: 'internal_error',
  reason: 'server.internal_error',
  detail: 'An unexpected error occurred.',
});

/** Postgres or Redis cannot be reached: nothing is wrong with the request, retry later. */
const UNAVAILABLE = buildProblem({
  status: 503,
  code: 'service_unavailable',
  reason: 'server.unavailable',
  detail: 'The service is briefly unavailable; try again in a moment.',
});
