import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CourseTrainerEntity } from '@apprenance/db';
import { Repository } from 'typeorm';
import { CohortMembership } from '../cohorts/cohort-membership';
import { AuthUser } from '../common/auth/auth-user';
import { Tx } from '../common/database/transaction';
import { courseNotFound, notAssigned } from './courses.errors';

/**
 * The relations that decide who may read or edit a course. Trainers are assigned to courses
 * here; participants reach a course through their cohort, which the cohorts feature answers for.
 */
@Injectable()
export class CourseAccessRepository {
  constructor(
    @InjectRepository(CourseTrainerEntity)
    private readonly trainers: Repository<CourseTrainerEntity>,
  ) {}

  isTrainerOf(courseId: string, trainerId: string, tx?: Tx): Promise<boolean> {
    return (tx?.getRepository(CourseTrainerEntity) ?? this.trainers).existsBy({
      courseId,
      trainerId,
    });
  }
}

/** Who may do what with a course: every course rule of the api in one place. */
@Injectable()
export class CourseAccess {
  constructor(
    private readonly access: CourseAccessRepository,
    private readonly membership: CohortMembership,
  ) {}

  /** `undefined` when the user may read every course, else the ids they may read. */
  async readableCourseIds(user: AuthUser): Promise<string[] | undefined> {
    if (user.role === 'participant') return this.membership.enrolledCourseIdsOf(user.id);
    return undefined;
  }

  /**
   * Admins and trainers read every course; a participant only their own. Another course is
   * "not found" to a participant, so that its existence does not leak.
   */
  async assertCanRead(user: AuthUser, courseId: string): Promise<void> {
    const readable = await this.readableCourseIds(user);
    if (readable && !readable.includes(courseId)) throw courseNotFound(courseId);
  }

  /** Admins edit every course, trainers the courses they are assigned to, participants none. */
  async assertCanEdit(user: AuthUser, courseId: string, tx?: Tx): Promise<void> {
    if (user.role === 'admin') return;
    if (user.role === 'trainer' && (await this.access.isTrainerOf(courseId, user.id, tx))) return;
    throw notAssigned();
  }
}
