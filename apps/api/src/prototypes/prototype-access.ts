import { Injectable } from '@nestjs/common';
import { PrototypeEntity } from '@apprenance/db';
import { CohortMembership } from '../cohorts/cohort-membership';
import { AuthUser } from '../common/auth/auth-user';
import { notMember, notTrainer, prototypeNotFound } from './prototypes.errors';
import { PrototypesRepository } from './prototypes.repository';

/**
 * Who may do what with a prototype. Its draft is the pair's: its members, the cohort's trainers
 * and admins read it. Its frozen versions are also shared with the other pairs of the cohort,
 * who review them. Anyone else gets a 404, so that nothing of another cohort leaks.
 */
@Injectable()
export class PrototypeAccess {
  constructor(
    private readonly prototypes: PrototypesRepository,
    private readonly membership: CohortMembership,
  ) {}

  /** The prototype with its draft, or 404. */
  async readable(actor: AuthUser, id: string): Promise<PrototypeEntity> {
    const scope = await this.membership.pairWorkScopeOf(actor);
    const prototype = await this.prototypes.findVisible(scope, id);
    if (!prototype) throw prototypeNotFound(id);
    return prototype;
  }

  /** The prototype when the caller may read its versions: the above, or a peer of the cohort. */
  async versionsReadable(actor: AuthUser, id: string): Promise<PrototypeEntity> {
    const cohortIds = await this.membership.visibleCohortIds(actor);
    const prototype = await this.prototypes.findById(id);
    if (!prototype || (cohortIds !== 'all' && !cohortIds.includes(prototype.cohortId))) {
      throw prototypeNotFound(id);
    }
    return prototype;
  }

  /** The prototype, when the caller is one of its pair's two members. */
  async asMember(actor: AuthUser, id: string): Promise<PrototypeEntity> {
    const prototype = await this.readable(actor, id);
    if (!(await this.membership.isPairMember(actor.id, prototype.pairId))) throw notMember();
    return prototype;
  }

  /** The prototype, when the caller is an admin or one of its cohort's trainers. */
  async asTrainer(actor: AuthUser, id: string): Promise<PrototypeEntity> {
    const prototype = await this.readable(actor, id);
    const trains =
      actor.role === 'admin' ||
      (actor.role === 'trainer' &&
        (await this.membership.isTrainerOf(actor.id, prototype.cohortId)));
    if (!trains) throw notTrainer();
    return prototype;
  }
}
