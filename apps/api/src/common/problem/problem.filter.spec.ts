import { ArgumentsHost, ForbiddenException, Logger } from '@nestjs/common';
import { DomainError } from './domain-error';
import { ProblemFilter } from './problem.filter';

/** Runs the filter on an error and returns what it would send. */
function render(error: unknown) {
  const sent: { status?: number; type?: string; body?: string } = {};
  const response = {
    setHeader: () => response,
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
      instance: '/api/v1/x',
    });
    expect(body).not.toMatch(/hunter2|ECONNREFUSED|at /);
  });

  it('maps a domain error code to its status, with its fields', () => {
    const { status, problem } = render(
      new DomainError('conflict', 'Taken.', { email: ['is taken'] }),
    );
    expect(status).toBe(409);
    expect(problem).toMatchObject({
      code: 'conflict',
      detail: 'Taken.',
      errors: { email: ['is taken'] },
    });
  });

  it('keeps the message of an HTTP exception', () => {
    const { status, problem } = render(
      new ForbiddenException('Your role does not allow this action.'),
    );
    expect(status).toBe(403);
    expect(problem).toMatchObject({
      code: 'forbidden',
      detail: 'Your role does not allow this action.',
    });
  });
});
