import { isFinalAttempt } from './outbox-processor';

describe('isFinalAttempt', () => {
  it.each([
    // attempts allowed, attempts already failed, is the running one the last?
    [undefined, 0, true],
    [1, 0, true],
    [3, 0, false],
    [3, 1, false],
    [3, 2, true],
  ])('with %p attempts and %p made: %p', (attempts, attemptsMade, final) => {
    expect(isFinalAttempt({ attemptsMade, opts: { attempts } })).toBe(final);
  });
});
