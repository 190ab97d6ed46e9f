import type { User } from '../types';

export type UserFormData = Partial<User> & { password?: string | null };

/** Leaves a blank password out and clears the participant-only fields of the other roles. */
export function userPayload({ password, ...user }: UserFormData): UserFormData {
  const fields =
    user.role === 'participant' ? user : { ...user, kind: null, territoryId: null, position: null };
  return password ? { ...fields, password } : fields;
}
