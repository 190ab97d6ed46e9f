import { hasProblems, pairProblems, PairMember } from './pair-rules';

const member = (id: string, kind: 'political' | 'technical', territoryId = 't1'): PairMember => ({
  id,
  role: 'participant',
  kind,
  territoryId,
});

describe('pair rules', () => {
  it('accepts one political and one technical member of one territory', () => {
    expect(pairProblems(member('a', 'political'), member('b', 'technical'))).toEqual({});
  });
  it('names every problem', () => {
    expect(
      Object.keys(pairProblems(member('a', 'political'), member('b', 'political', 't2'))),
    ).toEqual(['technicalId']);
    expect(pairProblems(member('a', 'political'), member('a', 'political'))).toEqual({
      technicalId: ['must be a different person from the political member'],
    });
  });

  // Each member's kind is checked on its own: a rule that looked at one side only would pass.
  it.each([
    ['technical', 'technical', ['politicalId']],
    ['political', 'political', ['technicalId']],
    ['technical', 'political', ['politicalId', 'technicalId']],
  ] as const)('refuses a %s member as political and a %s one as technical', (a, b, fields) => {
    expect(Object.keys(pairProblems(member('a', a), member('b', b)))).toEqual(fields);
  });
  it('refuses an account that is not a participant on either side', () => {
    const trainer = { ...member('a', 'political'), role: 'trainer' as const };
    expect(pairProblems(trainer, member('b', 'technical'))).toEqual({
      politicalId: ['must be a participant'],
    });
    expect(pairProblems(member('b', 'political'), { ...trainer, kind: 'technical' })).toEqual({
      technicalId: ['must be a participant'],
    });
  });
  it('refuses members of two territories, and names the technical member', () => {
    expect(pairProblems(member('a', 'political'), member('b', 'technical', 't2'))).toEqual({
      technicalId: ['must belong to the same territory as the political member'],
    });
  });

  it('says whether there is any problem', () => {
    expect(hasProblems({})).toBe(false);
    expect(hasProblems({ politicalId: ['must be a participant'] })).toBe(true);
  });
});
