import type { Course, Role } from '../types';

/** The api's rule: admins edit every course, trainers the courses they are assigned to. */
export const canEditCourse = (role: Role | undefined, userId: unknown, course?: Course) =>
  role === 'admin' || (role === 'trainer' && !!course?.trainerIds.includes(String(userId)));
