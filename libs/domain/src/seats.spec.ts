import { pairsToPromote, placeFor, transitionProblem } from './seats';

describe('seats', () => {
  it('enrols while two seats are free, then waitlists', () => {
    expect(placeFor(8, 10)).toBe('enrolled');
    expect(placeFor(10, 10)).toBe('waitlisted');
    expect(placeFor(4, 5)).toBe('waitlisted');
  });
  it('promotes the first waitlisted pairs that fit', () => {
    const waitlist = [{ waitlistRank: 3 }, { waitlistRank: 1 }, { waitlistRank: 2 }];
    expect(pairsToPromote(waitlist, 2)).toEqual([{ waitlistRank: 1 }]);
    expect(pairsToPromote(waitlist, 1)).toEqual([]);
  });
  it('starts a cohort with 5 participants and its sessions only', () => {
    expect(
      transitionProblem('open', 'running', { enrolledParticipants: 4, scheduledSessions: 3 }),
    ).toEqual({ kind: 'too_few_participants', minimum: 5, enrolled: 4 });
    expect(
      transitionProblem('open', 'running', { enrolledParticipants: 6, scheduledSessions: 0 }),
    ).toEqual({ kind: 'sessions_unscheduled' });
    expect(
      transitionProblem('open', 'running', { enrolledParticipants: 6, scheduledSessions: 3 }),
    ).toBeNull();
    expect(
      transitionProblem('completed', 'open', { enrolledParticipants: 6, scheduledSessions: 3 }),
    ).toEqual({ kind: 'not_allowed', from: 'completed', to: 'open' });
  });
  it('starts at exactly 5 participants, and checks readiness only when starting', () => {
    expect(
      transitionProblem('open', 'running', { enrolledParticipants: 5, scheduledSessions: 3 }),
    ).toBeNull();
    expect(
      transitionProblem('draft', 'open', { enrolledParticipants: 0, scheduledSessions: 0 }),
    ).toBeNull();
  });
});
