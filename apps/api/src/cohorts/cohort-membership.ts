import { Injectable } from '@nestjs/common';
import type { CohortPairEntity } from '@apprenance/db';
import { AuthUser } from '../common/auth/auth-user';
import { RowScope } from '../common/database/row-scope';
import { Tx } from '../common/database/transaction';
import { PairMembers } from '../pairs/pair-members';
import { PairsRepository } from '../pairs/pairs.repository';
import { UsersRepository } from '../users/users.repository';
import { CohortScope, CohortsRepository } from './cohorts.repository';

/** An enrolled pair as other features need it: its cohort, its two members and a name. */
export interface PairRef {
  id: string;
  cohortId: string;
  memberIds: [string, string];
  /** The territory's name: how a pair is called in a cohort. */
  label: string;
}

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
    private readonly pairMembers: PairMembers,
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

  /**
   * The ids of the cohorts the user may see, for features that filter their own tables by
   * cohort; `all` for admins.
   */
  async visibleCohortIds(actor: Pick<AuthUser, 'id' | 'role'>): Promise<string[] | 'all'> {
    if (actor.role === 'admin') return 'all';
    if (actor.role === 'trainer') return this.cohorts.idsTrainedBy(actor.id);
    return this.pairs.enrolledCohortIds(actor.id);
  }

  /**
   * What a caller may read of a table of pairs' work (test logs, prototypes): admins all,
   * trainers their cohorts', participants their own pairs'.
   */
  async pairWorkScopeOf(actor: Pick<AuthUser, 'id' | 'role'>): Promise<RowScope> {
    const cohortIds = await this.visibleCohortIds(actor);
    if (actor.role !== 'participant') return { cohortIds };
    return { cohortIds, pairIds: (await this.pairsOfUser(actor.id)).map((pair) => pair.id) };
  }

  /** Whether the user is one of the cohort's trainers. */
  async isTrainerOf(userId: string, cohortId: string, tx?: Tx): Promise<boolean> {
    return ((await this.cohorts.trainerIds([cohortId], tx)).get(cohortId) ?? []).includes(userId);
  }

  /** The enrolled pairs among these ids, named; pairs that left their cohort are absent. */
  async enrolledPairs(pairIds: string[], tx?: Tx): Promise<PairRef[]> {
    const pairs = (await this.pairs.findByIds(pairIds, tx)).filter((p) => p.status === 'enrolled');
    return this.refs(pairs, tx);
  }

  /** The enrolled pair, or null. */
  async enrolledPair(pairId: string, tx?: Tx): Promise<PairRef | null> {
    return (await this.enrolledPairs([pairId], tx))[0] ?? null;
  }

  /** The enrolled pairs of a cohort, first enrolled first. */
  async pairsOfCohort(cohortId: string, tx?: Tx): Promise<PairRef[]> {
    return this.refs(await this.pairs.enrolled(cohortId, tx), tx);
  }

  /** The enrolled pairs the user is a member of, one per cohort at most. */
  async pairsOfUser(userId: string, tx?: Tx): Promise<PairRef[]> {
    return this.refs(await this.pairs.enrolledOf(userId, tx), tx);
  }

  /** The user's enrolled pair in this cohort, or null when they are not a member of one. */
  async pairOfUserIn(userId: string, cohortId: string, tx?: Tx): Promise<PairRef | null> {
    return (await this.pairsOfUser(userId, tx)).find((p) => p.cohortId === cohortId) ?? null;
  }

  /** Whether the user is a member of this enrolled pair. */
  async isPairMember(userId: string, pairId: string, tx?: Tx): Promise<boolean> {
    return (await this.enrolledPair(pairId, tx))?.memberIds.includes(userId) ?? false;
  }

  /** Display names of these users, for features that show who did what. */
  async displayNames(userIds: string[], tx?: Tx): Promise<Map<string, string>> {
    const users = await this.users.findByIds([...new Set(userIds)], tx);
    return new Map(users.map((user) => [user.id, user.displayName]));
  }

  private async refs(pairs: CohortPairEntity[], tx?: Tx): Promise<PairRef[]> {
    return (await this.pairMembers.fill(pairs, tx)).map((pair) => ({
      id: pair.id,
      cohortId: pair.cohortId,
      memberIds: [pair.politicalId, pair.technicalId],
      label: pair.territory?.name ?? pair.id,
    }));
  }
}
