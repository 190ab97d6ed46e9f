import { DomainError } from '../common/problem/domain-error';
import { planPhases } from './course-phases';

const inOrder = [
  { phase: 'free_software_culture' as const, objectivesFr: 'Comprendre le libre' },
  { phase: 'civic_tech_testing' as const, hoursBudget: 3.5 },
  { phase: 'strategic_application' as const },
];

describe('planPhases', () => {
  it('numbers the three phases and takes the days budget from the format', () => {
    const plan = planPhases(inOrder, 'deep');
    expect(plan.map((p) => [p.phase, p.position, p.daysBudget])).toEqual([
      ['free_software_culture', 1, 3],
      ['civic_tech_testing', 2, 3],
      ['strategic_application', 3, 3],
    ]);
    expect(planPhases(inOrder, 'short')[1]).toMatchObject({ daysBudget: 0.5, hoursBudget: 3.5 });
  });

  it.each([
    ['out of order', [inOrder[1], inOrder[0], inOrder[2]]],
    ['missing one', [inOrder[0], inOrder[1]]],
    ['repeated', [inOrder[0], inOrder[1], inOrder[1]]],
    ['one too many', [...inOrder, inOrder[2]]],
  ])('refuses phases %s', (_, phases) => {
    expect(() => planPhases(phases, 'short')).toThrow(DomainError);
    try {
      planPhases(phases, 'short');
    } catch (error) {
      expect((error as DomainError).code).toBe('rule_violation');
      expect(Object.keys((error as DomainError).fields ?? {})).toEqual(['phases']);
    }
  });
});
