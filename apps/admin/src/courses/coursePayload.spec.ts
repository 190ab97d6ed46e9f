import type { CoursePhase } from '../types';
import { coursePayload, newPhases } from './coursePayload';

const stored: CoursePhase[] = newPhases().map((phase, index) => ({
  ...phase,
  id: `p${index}`,
  position: index + 1,
}));

describe('coursePayload', () => {
  it('sends the three phases of a new course in order, without ids or positions', () => {
    const reversed = [...stored].reverse();
    const payload = coursePayload({ titleFr: 'Cours', phases: reversed });
    expect(payload.titleFr).toBe('Cours');
    expect((payload.phases as CoursePhase[]).map((p) => p.phase)).toEqual([
      'free_software_culture',
      'civic_tech_testing',
      'strategic_application',
    ]);
    expect(payload.phases).toEqual(newPhases());
  });

  it('leaves unchanged phases out of an edit', () => {
    const payload = coursePayload({ titleFr: 'Nouveau', phases: stored }, { phases: stored });
    expect(payload).toEqual({ titleFr: 'Nouveau' });
  });

  it('sends all three phases when one changed, with numbers as numbers', () => {
    const changed = stored.map((p, i) =>
      i === 1 ? { ...p, objectivesFr: 'Tester', hoursBudget: '3.5' as unknown as number } : p,
    );
    const phases = coursePayload({ phases: changed }, { phases: stored }).phases as CoursePhase[];
    expect(phases).toHaveLength(3);
    expect(phases[1]).toEqual({
      phase: 'civic_tech_testing',
      objectivesFr: 'Tester',
      objectivesEn: '',
      hoursBudget: 3.5,
      daysBudget: 0.5,
    });
  });

  it('leaves a blank slug out of a new course, so the api derives it, but sends a cleared one', () => {
    expect(coursePayload({ titleFr: 'Cours', slug: '' })).toEqual({ titleFr: 'Cours' });
    expect(coursePayload({ slug: '' }, { slug: 'cours' })).toEqual({ slug: '' });
  });

  it('sends cleared text fields of an edit as empty strings, never null', () => {
    expect(coursePayload({ summaryFr: '' }, { summaryFr: 'Résumé' })).toEqual({ summaryFr: '' });
  });
});
