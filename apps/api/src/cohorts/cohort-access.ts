import { Injectable } from '@nestjs/common';
import { CohortEntity } from '@apprenance/db';
import { AuthUser } from '../common/auth/auth-user';
import { cohortNotFound, notCohortTrainer } from './cohorts.errors';
import { CohortsRepository } from './cohorts.repository';

/** Scoping of every cohort endpoint: what the caller may see, and whether they run the cohort. */
@Injectable()
export class CohortAccess {
  constructor(private readonly cohorts: CohortsRepository) {}

  /** The cohort, or 404 when it does not exist or the caller may not see it. */
  async readable(actor: AuthUser, id: string): Promise<CohortEntity> {
    const cohort = await this.cohorts.findVisible(actor, id);
    if (!cohort) throw cohortNotFound(id);
    return cohort;
  }

  /** The cohort, when the caller is an admin or one of its trainers. */
  async manageable(actor: AuthUser, id: string): Promise<CohortEntity> {
    const cohort = await this.readable(actor, id);
    if (actor.role !== 'admin' && actor.role !== 'trainer') throw notCohortTrainer();
    return cohort;
  }
}
