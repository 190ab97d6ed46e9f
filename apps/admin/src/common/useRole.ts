import { usePermissions } from 'react-admin';
import type { Role } from '../types';

/** The signed-in user's role (undefined while it loads). */
export const useRole = () => usePermissions<Role>().permissions;

/** Admins and trainers run the training; participants only read it. */
export const useIsStaff = () => {
  const role = useRole();
  return role === 'admin' || role === 'trainer';
};
