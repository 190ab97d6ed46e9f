import { userPayload } from './userPayload';

describe('userPayload', () => {
  const participant = {
    email: 'ada@example.org',
    role: 'participant' as const,
    kind: 'political' as const,
    territoryId: 't1',
    position: 'Mayor',
  };

  it('keeps the participant fields of a participant', () => {
    expect(userPayload({ ...participant, password: 'a long passphrase' })).toEqual({
      ...participant,
      password: 'a long passphrase',
    });
  });

  it('clears the participant fields of another role', () => {
    expect(userPayload({ ...participant, role: 'trainer' })).toEqual({
      email: 'ada@example.org',
      role: 'trainer',
      kind: null,
      territoryId: null,
      position: null,
    });
  });

  it.each([undefined, null, ''])('leaves out a blank password (%p)', (password) => {
    expect(userPayload({ ...participant, password })).toEqual(participant);
  });
});
