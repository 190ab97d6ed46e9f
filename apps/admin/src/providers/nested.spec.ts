import { isNested, nestedPath, withIds } from './nested';

describe('nested cohort lists', () => {
  it('maps a nested resource to its path under the cohort', () => {
    expect(isNested('cohort-pairs')).toBe(true);
    expect(isNested('cohorts')).toBe(false);
    expect(nestedPath('cohort-sessions', { cohortId: 'c 1' })).toBe('/cohorts/c%201/sessions');
  });

  it('refuses a nested list without its cohort', () => {
    expect(() => nestedPath('cohort-pairs', {})).toThrow(/cohortId/);
  });

  it('keys rows without an id by session, participant and day', () => {
    const row = { sessionId: 's', participantId: 'p', dayIndex: 2, status: 'present' };
    expect(withIds([row, { id: 'x' }])).toEqual([{ ...row, id: 's:p:2' }, { id: 'x' }]);
  });

  it('keys attendance rates by participant', () => {
    const rates = { participantId: 'p', displayName: 'Ana', phases: [] };
    expect(withIds([rates])).toEqual([{ ...rates, id: 'p' }]);
    expect(nestedPath('cohort-attendance-rates', { cohortId: 'c' })).toBe(
      '/cohorts/c/attendance-rates',
    );
  });
});
