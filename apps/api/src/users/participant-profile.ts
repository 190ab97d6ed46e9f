import type { ParticipantKind, Role } from '@apprenance/db';
import { participantFieldsOnly, participantProfileRequired } from './users.errors';

export interface Profile {
  role: Role;
  kind: ParticipantKind | null;
  territoryId: string | null;
  position: string | null;
}

/**
 * A participant has a kind and a territory; nobody else has a kind, a territory or a position.
 * `explicit` lists the fields the caller set in this request: setting one of them on a
 * non-participant is an error, while leaving old ones behind on a role change clears them.
 */
export function checkProfile(profile: Profile, explicit: Partial<Profile>): Profile {
  if (profile.role === 'participant') {
    const missing = (['kind', 'territoryId'] as const).filter((field) => !profile[field]);
    if (missing.length) throw participantProfileRequired(missing);
    return profile;
  }
  const misplaced = (['kind', 'territoryId', 'position'] as const).filter(
    (field) => explicit[field] !== undefined && explicit[field] !== null,
  );
  if (misplaced.length) throw participantFieldsOnly(misplaced);
  return { role: profile.role, kind: null, territoryId: null, position: null };
}
