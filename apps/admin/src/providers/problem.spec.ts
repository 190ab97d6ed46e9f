import { problemError } from './problem';

const problem = {
  type: 'urn:apprenance:problem:validation',
  title: 'Bad Request',
  status: 400,
  detail: 'The request has invalid fields.',
};

describe('problemError', () => {
  it('maps field errors to react-admin submission errors, joining the messages', () => {
    const errors = { email: ['email must be an email', 'email is taken'], 'a.b': ['bad'] };
    const { message, body } = problemError({ ...problem, errors }, 'Bad Request');
    expect(message).toBe('The request has invalid fields.');
    expect(body).toEqual({
      ...problem,
      errors: {
        email: 'email must be an email email is taken',
        'a.b': 'bad',
      },
    });
  });

  it('uses the detail as the message when there are no field errors', () => {
    const conflict = { ...problem, status: 409, title: 'Conflict', detail: 'Name already used' };
    expect(problemError(conflict, 'Conflict')).toEqual({
      message: 'Name already used',
      body: conflict,
    });
  });

  it('keeps an empty errors map out of the form', () => {
    expect(problemError({ ...problem, errors: {} }, 'x').body).toEqual({ ...problem, errors: {} });
  });

  it('falls back to the status text for a body that is not a problem', () => {
    expect(problemError(undefined, 'Bad Gateway')).toEqual({
      message: 'Bad Gateway',
      body: undefined,
    });
  });
});
