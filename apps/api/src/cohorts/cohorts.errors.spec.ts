import { invalidPairOrConflict } from './cohorts.errors';
import { pairProblems, PairMember } from '@apprenance/domain';

const member = (id: string, kind: 'political' | 'technical', territoryId = 't1'): PairMember => ({
  id,
  role: 'participant',
  kind,
  territoryId,
});

const TAKEN_HERE = { politicalId: ['is already in a pair of this cohort'] };
const TAKEN_ELSEWHERE = { technicalId: ['is already in another cohort that has not finished'] };

describe('invalidPairOrConflict', () => {
  // The pair problems, and the reason and code their refusal gives: the most fundamental
  // problem names it, and a pair is a conflict only when its members being taken is all.
  it.each([
    [
      'the same person twice',
      pairProblems(member('a', 'political'), member('a', 'political')),
      'pair.same_person',
      'rule_violation',
    ],
    [
      'a non-participant',
      pairProblems({ ...member('a', 'political'), role: 'trainer' }, member('b', 'technical')),
      'pair.member_not_participant',
      'rule_violation',
    ],
    [
      'two political members',
      pairProblems(member('a', 'political'), member('b', 'political')),
      'pair.wrong_kind',
      'rule_violation',
    ],
    [
      'two territories',
      pairProblems(member('a', 'political'), member('b', 'technical', 't2')),
      'pair.different_territories',
      'rule_violation',
    ],
    [
      'a wrong kind and a taken member',
      { ...TAKEN_HERE, technicalId: ['must be a technical participant, not political'] },
      'pair.wrong_kind',
      'rule_violation',
    ],
    ['a member in this cohort', TAKEN_HERE, 'pair.member_in_this_cohort', 'conflict'],
    ['a member in another cohort', TAKEN_ELSEWHERE, 'pair.member_in_other_cohort', 'conflict'],
  ])('refuses %s', (_case, problems, reason, code) => {
    const error = invalidPairOrConflict(problems);
    expect({ reason: error.reason, code: error.code }).toEqual({ reason, code });
    expect(error.fields).toEqual(problems);
  });
});
