import { Injectable } from '@nestjs/common';
import { CohortEntity } from '@apprenance/db';
import { AuthUser } from '../common/auth/auth-user';
import { SqlFragment } from '../common/database/sql-fragment';
import { Tx } from '../common/database/transaction';
import { CohortMembership } from './cohort-membership';
import { cohortNotFound, notCohortTrainer } from './cohorts.errors';
import { CohortsRepository, LockedCohort } from './cohorts.repository';

/** Scoping of every cohort endpoint: what the caller may see, and whether they run the cohort. */
@Injectable()
export class CohortAccess {
  constructor(
    private readonly cohorts: CohortsRepository,
    private readonly membership: CohortMembership,
  ) {}

  /** The cohort if the caller may see it. */
  async visible(actor: Pick<AuthUser, 'id' | 'role'>, id: string): Promise<CohortEntity | null> {
    return this.cohorts.findVisible(await this.membership.scopeOf(actor), id);
  }

  /** The cohort, or 404 when it does not exist or the caller may not see it. */
  async readable(actor: AuthUser, id: string): Promise<CohortEntity> {
    const cohort = await this.visible(actor, id);
    if (!cohort) throw cohortNotFound(id);
    return cohort;
  }

  /** 404 when the cohort does not exist or the caller may not see it; for reads of its parts. */
  async checkReadable(actor: Pick<AuthUser, 'id' | 'role'>, id: string): Promise<void> {
    if (!(await this.cohorts.isVisible(await this.membership.scopeOf(actor), id))) {
      throw cohortNotFound(id);
    }
  }

  /** The cohort, when the caller is an admin or one of its trainers. */
  async manageable(actor: AuthUser, id: string): Promise<CohortEntity> {
    return managed(actor, await this.readable(actor, id));
  }

  /**
   * `manageable`, the cohort's row locked in the caller's transaction (as
   * `CohortsRepository.findForUpdate`) with `also` (rows of other features to lock, say)
   * evaluated once it is locked: the check, the lock and `also` in one statement.
   */
  async lockManageable<T>(
    tx: Tx,
    actor: AuthUser,
    id: string,
    also: SqlFragment,
    alsoParam: unknown,
  ): Promise<LockedCohort & { also: T }> {
    const scope = await this.membership.scopeOf(actor);
    const cohort = await this.cohorts.lockVisibleWith<T>(tx, scope, id, also, alsoParam);
    if (!cohort) throw cohortNotFound(id);
    return managed(actor, cohort);
  }
}

function managed<C>(actor: AuthUser, cohort: C): C {
  if (actor.role !== 'admin' && actor.role !== 'trainer') throw notCohortTrainer();
  return cohort;
}
