import { sweepAction } from './sweep-action';

describe('sweepAction', () => {
  it.each([
    ['unknown', 'enqueue-again'],
    ['failed', 'retry'],
    ['waiting', 'leave'],
    ['prioritized', 'leave'],
    ['delayed', 'leave'],
    ['active', 'leave'],
    ['waiting-children', 'leave'],
    ['completed', 'leave'],
  ] as const)('a job %s in Redis: %s', (state, action) => {
    expect(sweepAction(state)).toBe(action);
  });
});
