import { reconcileAction } from './reconcile-action';

describe('reconcileAction', () => {
  it.each([
    ['unknown', 'enqueue-again'],
    ['failed', 'retry'],
    ['completed', 'replace'],
    ['waiting', 'leave'],
    ['prioritized', 'leave'],
    ['delayed', 'leave'],
    ['active', 'leave'],
    ['waiting-children', 'leave'],
  ] as const)('a stale pending certificate whose job is %s: %s', (state, action) => {
    expect(reconcileAction(state)).toBe(action);
  });
});
