import { requestLogLevel, SLOW_REQUEST_MS } from './request-log-level';

describe('a request’s log level', () => {
  it.each([
    [200, 5, undefined, 'debug'],
    [304, 5, undefined, 'debug'],
    [200, SLOW_REQUEST_MS - 1, undefined, 'debug'],
    [200, SLOW_REQUEST_MS, undefined, 'info'],
    [201, SLOW_REQUEST_MS * 3, undefined, 'info'],
    [400, 5, undefined, 'info'],
    [404, 5, undefined, 'info'],
    [500, 5, undefined, 'info'],
    [200, 5, new Error('aborted'), 'info'],
  ])('%d after %d ms (error: %p) is logged at %s', (status, elapsed, error, level) => {
    expect(requestLogLevel(status, elapsed, error)).toBe(level);
  });
});
