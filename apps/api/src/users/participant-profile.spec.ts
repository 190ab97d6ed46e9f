import { DomainError } from '../common/problem/domain-error';
import { checkProfile, Profile } from './participant-profile';

const participant: Profile = {
  role: 'participant',
  kind: 'political',
  territoryId: 't1',
  position: 'Maire',
};

function fieldsOf(run: () => unknown): Record<string, string[]> | undefined {
  try {
    run();
  } catch (error) {
    return (error as DomainError).fields;
  }
  throw new Error('expected a DomainError');
}

describe('checkProfile', () => {
  it('accepts a complete participant', () => {
    expect(checkProfile(participant, participant)).toEqual(participant);
  });

  it('names what a participant lacks', () => {
    const fields = fieldsOf(() =>
      checkProfile({ ...participant, kind: null, territoryId: null }, {}),
    );
    expect(Object.keys(fields ?? {})).toEqual(['kind', 'territoryId']);
  });

  it('refuses participant fields set on a trainer', () => {
    const fields = fieldsOf(() =>
      checkProfile({ ...participant, role: 'trainer' }, { kind: 'technical' }),
    );
    expect(Object.keys(fields ?? {})).toEqual(['kind']);
  });

  it('clears the old participant fields when the role changes', () => {
    expect(checkProfile({ ...participant, role: 'trainer' }, { role: 'trainer' })).toEqual({
      role: 'trainer',
      kind: null,
      territoryId: null,
      position: null,
    });
  });
});
