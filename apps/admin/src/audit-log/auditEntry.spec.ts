import { changesOf, entityPath, verbOf } from './auditEntry';

describe('a readable audit entry', () => {
  it.each([
    ['cohort', 'c1', '/cohorts/c1/show'],
    ['course', 'c 2', '/courses/c%202/show'],
    ['user', 'u1', '/users/u1'],
    ['cohort_session', 's1', undefined],
  ])('links a %s to its page', (type, id, path) => {
    expect(entityPath(type, id)).toBe(path);
  });

  it('keeps the verb of an action', () => {
    expect(verbOf('cohort.update')).toBe('update');
    expect(verbOf('pair.apply_conflict')).toBe('apply_conflict');
    expect(verbOf('each')).toBe('each');
  });

  it('turns field diffs and plain values into rows', () => {
    expect(
      changesOf({ name: ['A', 'B'], venue: [null, 'Salle'], capacity: 10, tags: [['x'], []] }),
    ).toEqual([
      { field: 'name', before: 'A', after: 'B' },
      { field: 'venue', before: '—', after: 'Salle' },
      { field: 'capacity', before: '—', after: '10' },
      { field: 'tags', before: '["x"]', after: '[]' },
    ]);
    expect(changesOf(null)).toEqual([]);
  });
});
