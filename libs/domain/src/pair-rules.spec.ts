import { pairProblems, PairMember } from './pair-rules';

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
    expect(
      pairProblems(member('a', 'political'), member('a', 'political')).technicalId,
    ).toHaveLength(1);
  });
});
