import { Injectable } from '@nestjs/common';
import { AuthUser } from '../common/auth/auth-user';
import { Tx } from '../common/database/transaction';
import { PairsRepository } from '../pairs/pairs.repository';
import { UsersRepository } from '../users/users.repository';
import { CohortScope, CohortsRepository } from './cohorts.repository';

/**
 * Who belongs to which cohort, for every feature that must ask: the cohorts feature owns the
 * cohorts and their trainers, the pairs feature the pairs; nobody else reads those tables.
 */
@Injectable()
export class CohortMembership {
  constructor(
    private readonly cohorts: CohortsRepository,
    private readonly pairs: PairsRepository,
    private readonly users: UsersRepository,
  ) {}

  /** Which cohorts the user may see: admins all, trainers theirs, participants their own. */
  async scopeOf(actor: Pick<AuthUser, 'id' | 'role'>): Promise<CohortScope> {
    if (actor.role === 'admin') return { role: 'admin' };
    if (actor.role === 'trainer') return { role: 'trainer', trainerId: actor.id };
    return { role: 'participant', enrolledCohortIds: await this.pairs.enrolledCohortIds(actor.id) };
  }

  /** The courses a participant follows: those of the cohorts their pair is enrolled in. */
  async enrolledCourseIdsOf(participantId: string): Promise<string[]> {
    return this.cohorts.courseIds(await this.pairs.enrolledCohortIds(participantId));
  }

  /** Whether the trainer runs a cohort in which this person's pair holds a place. */
  async trainsMember(trainerId: string, userId: string): Promise<boolean> {
    const trainers = await this.cohorts.trainerIds(await this.pairs.placedCohortIds(userId));
    return [...trainers.values()].some((ids) => ids.includes(trainerId));
  }

  /** Who reviews a cohort's pairs: its trainers, or the active admins when it has none. */
  async reviewerIds(tx: Tx, cohortId: string): Promise<string[]> {
    const trainers = (await this.cohorts.trainerIds([cohortId], tx)).get(cohortId) ?? [];
    return trainers.length ? trainers : this.users.activeAdminIds(tx);
  }
}
