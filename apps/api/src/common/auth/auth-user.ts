import type { Role } from '@apprenance/db';

/** Who is calling, as the guards established it. */
export interface AuthUser {
  id: string;
  role: Role;
  email: string;
}
