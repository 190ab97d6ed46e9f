import {
  ArgumentsHost,
  BadRequestException,
  BadGatewayException,
  HttpException,
  InternalServerErrorException,
  Logger,
  NotFoundException,
  PayloadTooLargeException,
} from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { QueryFailedError } from 'typeorm';
import { DomainError } from './domain-error';
import { ProblemFilter } from './problem.filter';
import { ValidationProblemException } from './validation';

/** Runs the filter on an error and returns what it would send. */
function render(error: unknown) {
  const sent: { status?: number; type?: string; body?: string; headers: Record<string, string> } = {
    headers: {},
  };
  const response = {
    setHeader: (name: string, value: string) => ((sent.headers[name] = value), response),
    status: (status: number) => ((sent.status = status), response),
    type: (type: string) => ((sent.type = type), response),
    send: (body: string) => ((sent.body = body), response),
  };
  const host = {
    switchToHttp: () => ({
      getRequest: () => ({ originalUrl: '/api/v1/x' }),
      getResponse: () => response,
    }),
  } as unknown as ArgumentsHost;
  new ProblemFilter().catch(error, host);
  return { ...sent, problem: JSON.parse(sent.body ?? '{}') };
}

describe('ProblemFilter', () => {
  beforeAll(() => jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined));

  it('answers an unknown error with a bare 500 that leaks nothing', () => {
    const error = new Error('connect ECONNREFUSED 10.0.0.5:5432 password=hunter2');
    const { status, type, problem, body } = render(error);
    expect(status).toBe(500);
    expect(type).toBe('application/problem+json');
    expect(problem).toEqual({
      type: 'urn:apprenance:problem:internal_error',
      title: 'Internal server error',
      status: 500,
      detail: 'An unexpected error occurred.',
      code: 'internal_error',
      reason: 'server.internal_error',
      instance: '/api/v1/x',
    });
    expect(body).not.toMatch(/hunter2|ECONNREFUSED|at /);
  });

  it('gives a domain error its reason, the code and status the reason belongs to, its fields', () => {
    const { status, problem } = render(
      new DomainError('user.email_taken', 'Taken.', { email: ['is taken'] }),
    );
    expect(status).toBe(409);
    expect(problem).toEqual({
      type: 'urn:apprenance:problem:conflict',
      title: 'Conflict',
      status: 409,
      detail: 'Taken.',
      code: 'conflict',
      reason: 'user.email_taken',
      errors: { email: ['is taken'] },
      instance: '/api/v1/x',
    });
  });

  it('carries the values a translation of the reason needs', () => {
    const error = new DomainError(
      'cohort.capacity_below_enrolled',
      '4 seats are taken.',
      {},
      {
        seats: 4,
      },
    );
    const { status, problem } = render(error);
    expect(status).toBe(422);
    expect(problem).toMatchObject({
      code: 'rule_violation',
      reason: 'cohort.capacity_below_enrolled',
      params: { seats: 4 },
    });
  });

  it('leaves params out when a reason needs none', () => {
    expect(render(new DomainError('cohort.closed', 'Finished.')).problem).not.toHaveProperty(
      'params',
    );
  });

  // Expected status, code and reason of the problems raised outside the domain.
  it.each([
    [new NotFoundException('Cannot GET /api/v1/nope'), 404, 'not_found', 'route.not_found'],
    [new BadRequestException('boolean string is expected'), 400, 'bad_request', 'request.rejected'],
    [new PayloadTooLargeException(), 413, 'payload_too_large', 'request.rejected'],
    [new ThrottlerException(), 429, 'too_many_requests', 'request.throttled'],
  ])('gives %p a reason', (error, status, code, reason) => {
    const rendered = render(error);
    expect({ status: rendered.status, code: rendered.problem.code }).toEqual({ status, code });
    expect(rendered.problem.reason).toBe(reason);
  });

  it('keeps the message of an HTTP exception', () => {
    const { problem } = render(new NotFoundException('Cannot GET /api/v1/nope'));
    expect(problem.detail).toBe('Cannot GET /api/v1/nope');
  });

  // A 5xx HTTP exception's message is written for the logs, never for the client.
  it.each([
    new InternalServerErrorException('relation "users" password=hunter2'),
    new BadGatewayException('upstream 10.0.0.5 refused'),
  ])('answers %p with the bare 500', (error) => {
    const { status, problem, body } = render(error);
    expect(status).toBe(500);
    expect(problem.reason).toBe('server.internal_error');
    expect(body).not.toMatch(/hunter2|10\.0\.0\.5/);
  });

  const coded = (message: string, code: string) => Object.assign(new Error(message), { code });

  // Postgres or Redis out of reach: a 503 the client may retry, still leaking nothing.
  it.each([
    ['a refused connection', coded('connect ECONNREFUSED 10.0.0.5:5432', 'ECONNREFUSED')],
    ['a Postgres shutting down', coded('terminating connection due to administrator', '57P01')],
    ['a connection failure', coded('could not connect', '08006')],
    ['a lost connection', new Error('Connection terminated unexpectedly')],
    ['a pool timeout', new Error('timeout exceeded when trying to connect')],
    ['a Redis gone', new Error('Reached the max retries per request limit (which is 1).')],
    [
      'a query on a lost connection',
      new QueryFailedError('SELECT 1', [], coded('read ECONNRESET 10.0.0.5', 'ECONNRESET')),
    ],
    ['a wrapped cause', new Error('relay failed', { cause: coded('x 10.0.0.5', 'ETIMEDOUT') })],
  ])('answers %s with 503', (_, error) => {
    const { status, problem, body } = render(error);
    expect(status).toBe(503);
    expect(problem).toMatchObject({ code: 'service_unavailable', reason: 'server.unavailable' });
    expect(body).not.toMatch(/10\.0\.0\.5|ECONN|administrator/);
  });

  // Errors that look close but are bugs or bad input: still a 500.
  it.each([
    ['a constraint violation', coded('duplicate key', '23505')],
    ['a SQLSTATE resembling a connection one', coded('x', '58P01')],
    ['an error with a code that is not a string', Object.assign(new Error('x'), { code: 8006 })],
    ['a thrown string', 'ECONNREFUSED'],
  ])('answers %s with 500', (_, error) => {
    expect(render(error).status).toBe(500);
  });

  it('keeps the text of an HTTP exception however it was given', () => {
    expect(render(new HttpException('plain text', 418)).problem.detail).toBe('plain text');
    expect(render(new HttpException({ error: 'x' }, 409)).problem.detail).toBe('Http Exception');
    expect(render(new HttpException({ message: 'from body' }, 409)).problem).toMatchObject({
      detail: 'from body',
      code: 'conflict',
      reason: 'request.rejected',
    });
  });

  it('logs server errors only', () => {
    const log = jest.spyOn(Logger.prototype, 'error').mockClear();
    render(new NotFoundException());
    expect(log).not.toHaveBeenCalled();
    render(new Error('boom'));
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('names the invalid fields of a validation problem', () => {
    const { status, problem } = render(new ValidationProblemException({ email: ['is invalid'] }));
    expect(status).toBe(400);
    expect(problem).toEqual({
      type: 'urn:apprenance:problem:validation_failed',
      title: 'Bad request',
      status: 400,
      detail: 'The request has invalid fields.',
      code: 'validation_failed',
      reason: 'request.invalid_fields',
      errors: { email: ['is invalid'] },
      instance: '/api/v1/x',
    });
  });

  // Expected Retry-After: a minute for the throttle, a few seconds while a dependency is away.
  it.each([
    [new ThrottlerException(), '60'],
    [Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }), '5'],
    [new NotFoundException(), undefined],
    [new Error('boom'), undefined],
  ])('sends Retry-After for %p', (error, retryAfter) => {
    expect(render(error).headers['Retry-After']).toBe(retryAfter);
  });
});
