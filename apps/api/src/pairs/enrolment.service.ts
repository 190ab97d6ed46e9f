import { Injectable } from '@nestjs/common';
import {
  CohortEntity,
  CohortPairEntity,
  FINISHED_COHORT_STATUSES,
  PairStatus,
  UserEntity,
} from '@apprenance/db';
import {
  hasProblems,
  pairProblems,
  PairMember,
  Problems,
  SEATS_PER_PAIR,
} from '@apprenance/domain';
import { AuditService } from '../audit/audit.service';
import { CohortAccess } from '../cohorts/cohort-access';
import { CohortMembership } from '../cohorts/cohort-membership';
import * as errors from '../cohorts/cohorts.errors';
import { CohortsRepository, LockedCohort } from '../cohorts/cohorts.repository';
import { AuthUser } from '../common/auth/auth-user';
import { isUniqueViolation } from '../common/database/pg-errors';
import { TransactionRunner, Tx } from '../common/database/transaction';
import { DomainError } from '../common/problem/domain-error';
import { OutboxRepository } from '../notifications/outbox.repository';
import { pick } from '../common/pick';
import { LockedMember, lockedMembersJsonSql } from '../users/user-sql';
import { UsersRepository } from '../users/users.repository';
import { UsersService } from '../users/users.service';
import { EnrolPairDto } from './dto/pair.dto';
import { pairAudit } from './pair-audit';
import { pairNotifications } from './pair-notifications';
import { NewPair, PairMember as ShownMember, PairsRepository, PairView } from './pairs.repository';
import { WaitlistService } from './waitlist.service';

/** Field names under which a pair's two members are reported. */
export interface MemberFields {
  political: string;
  technical: string;
}
export const API_FIELDS: MemberFields = { political: 'politicalId', technical: 'technicalId' };

/**
 * Problems of two members' places in cohorts: a member may be in one pair of this cohort and
 * in no other cohort that has not finished.
 */
export function membershipProblems(
  cohortId: string,
  memberships: { userId: string; cohortId: string }[],
  unfinished: Set<string>,
  political: Pick<PairMember, 'id'>,
  technical: Pick<PairMember, 'id'>,
  fields: MemberFields,
): Problems {
  const problems: Problems = {};
  for (const { userId, cohortId: other } of memberships) {
    if (!unfinished.has(other) || (userId !== political.id && userId !== technical.id)) continue;
    const field = userId === political.id ? fields.political : fields.technical;
    (problems[field] ??= []).push(
      other === cohortId
        ? 'is already in a pair of this cohort'
        : 'is already in another cohort that has not finished',
    );
  }
  return problems;
}

/**
 * Enrolling picks existing accounts: a deactivated one cannot sign in, so it could never take
 * part. (Applicants' accounts are inactive until activated; accepting them is another path.)
 */
function refuseDeactivated(user: Pick<UserEntity, 'isActive'>, field: string): void {
  if (!user.isActive) {
    throw new DomainError('pair.inactive_member', 'This account is deactivated.', {
      [field]: ['is a deactivated account'],
    });
  }
}

/** Pairs of a finished cohort no longer change. */
function refuseFinished<C extends Pick<CohortEntity, 'status'>>(cohort: C): C {
  if (FINISHED_COHORT_STATUSES.includes(cohort.status)) throw errors.cohortClosed();
  return cohort;
}

const isMemberOf = (pair: CohortPairEntity, userId: string) =>
  pair.politicalId === userId || pair.technicalId === userId;

/** What placing a pair needs of each member's account. */
type Member = Pick<UserEntity, 'id' | 'territoryId' | 'passwordHash'>;

/** The two members among the accounts found, in order; a missing one is a field problem. */
function membersOf<U extends { id: string }>(
  accounts: U[],
  politicalId: string,
  technicalId: string,
): [U, U] {
  const find = (id: string, field: string) => {
    const account = accounts.find((u) => u.id === id);
    if (!account)
      throw new DomainError('pair.unknown_member', 'No such participant.', {
        [field]: ['does not match an existing user'],
      });
    return account;
  };
  return [find(politicalId, API_FIELDS.political), find(technicalId, API_FIELDS.technical)];
}

/** A member as the roster shows them. */
const shown = ({ id, displayName, email, position, kind }: LockedMember): ShownMember => ({
  id,
  displayName,
  email,
  position,
  kind,
});

/**
 * Enrolment rules. Every change of a cohort's pairs locks the cohort row first, so that seat
 * counting, waitlist ranks and promotions of one cohort happen one transaction at a time; the
 * trigger-kept `enrolled_seats` and its check constraint refuse overbooking in any case.
 */
@Injectable()
export class EnrolmentService {
  constructor(
    private readonly cohorts: CohortsRepository,
    private readonly pairs: PairsRepository,
    private readonly users: UsersRepository,
    private readonly access: CohortAccess,
    private readonly membership: CohortMembership,
    private readonly waitlist: WaitlistService,
    private readonly outbox: OutboxRepository,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
    private readonly accounts: UsersService,
  ) {}

  /**
   * The new pair as the roster shows it, built from the rows the enrolment locked and wrote:
   * read after commit, the answer would wait for a connection again, and could fail for a pair
   * enrolled. The cohort and both members are locked in one statement.
   */
  async enrol(actor: AuthUser, cohortId: string, input: EnrolPairDto): Promise<PairView> {
    return this.write(async (tx) => {
      const locked = await this.access.lockManageable<LockedMember[] | null>(
        tx,
        actor,
        cohortId,
        lockedMembersJsonSql,
        [input.politicalId, input.technicalId],
      );
      const cohort = refuseFinished(locked);
      const [political, technical] = membersOf(
        locked.also ?? [],
        input.politicalId,
        input.technicalId,
      );
      refuseDeactivated(political, API_FIELDS.political);
      refuseDeactivated(technical, API_FIELDS.technical);
      // Broken pair rules are reported with the members' places; else the insert checks those.
      if (hasProblems(pairProblems(political, technical, API_FIELDS))) {
        throw errors.invalidPairOrConflict(
          await this.problems(tx, cohortId, political, technical, API_FIELDS),
        );
      }
      const pair = await this.add(tx, actor, cohort, political, technical, 'place', API_FIELDS);
      return {
        ...pick(pair, [
          'id',
          'cohortId',
          'territoryId',
          'status',
          'waitlistRank',
          'createdAt',
          'updatedAt',
        ]),
        // The pair's territory is its political member's.
        territoryName: political.territoryName,
        political: shown(political),
        technical: shown(technical),
      };
    });
  }

  /**
   * Withdrawing an enrolled pair frees its seats, which the waitlist takes in the same
   * transaction. Trainers and admins withdraw any pair; a participant only their own (any other
   * pair is "not found" to them), and the cohort's trainers are then told.
   */
  withdraw(actor: AuthUser, cohortId: string, pairId: string): Promise<PairView> {
    return this.change(
      actor,
      cohortId,
      pairId,
      ['enrolled', 'waitlisted'],
      'withdrawn',
      async (tx, cohort, pair) => {
        pair.status = 'withdrawn';
        pair.waitlistRank = null;
        if (actor.role !== 'participant') return;
        const reviewers = await this.membership.reviewerIds(tx, cohort.id);
        const [notice] = pairNotifications(pair, cohort.name, 'pair.withdrawn_by_member');
        await this.outbox.enqueue(
          tx,
          reviewers.map((recipientId) => ({ ...notice, recipientId })),
        );
      },
    );
  }

  /**
   * Adds a pair to a locked cohort: `apply` lands in `applied`; `place` enrols it if two seats
   * are free, else puts it last on the waitlist. Notifies both members in the same transaction.
   * With `placesUnder`, the insert itself checks the members' places in cohorts (locked by the
   * caller), and refuses them under these field names, as `availability` would.
   */
  async add(
    tx: Tx,
    actor: AuthUser | null,
    cohort: LockedCohort,
    political: Member,
    technical: Member,
    mode: 'apply' | 'place',
    placesUnder?: MemberFields,
  ): Promise<CohortPairEntity> {
    const status = mode === 'apply' ? 'applied' : this.waitlist.statusFor(cohort);
    const newPair = {
      cohortId: cohort.id,
      territoryId: political.territoryId as string,
      politicalId: political.id,
      technicalId: technical.id,
      status,
    };
    const pair = placesUnder
      ? await this.insertUnlessPlaced(tx, newPair, political, technical, placesUnder)
      : await this.pairs.insert(tx, newPair);
    if (status === 'enrolled') cohort.enrolledSeats += SEATS_PER_PAIR;
    // The audit row rides in the notifications' statement: one round trip for both.
    await this.outbox.enqueue(tx, pairNotifications(pair, cohort.name), [
      this.audit.recording(
        actor,
        pairAudit(`pair.${mode === 'apply' ? 'apply' : 'enrol'}`, null, pair),
      ),
    ]);
    if (mode === 'place') await this.inviteMembers(tx, actor, [political, technical]);
    return pair;
  }

  private async insertUnlessPlaced(
    tx: Tx,
    pair: NewPair,
    political: Member,
    technical: Member,
    fields: MemberFields,
  ): Promise<CohortPairEntity> {
    const inserted = await this.pairs.insertUnlessPlaced(tx, pair);
    if ('pair' in inserted) return inserted.pair;
    // `placed` holds places in cohorts that have not finished only.
    const unfinished = new Set(inserted.placed.map((membership) => membership.cohortId));
    throw errors.invalidPairOrConflict(
      membershipProblems(pair.cohortId, inserted.placed, unfinished, political, technical, fields),
    );
  }

  /**
   * A placed pair's members get the invitation that opens their account, if they have none;
   * `members` are their accounts, locked in this transaction.
   */
  inviteMembers(tx: Tx, actor: AuthUser | null, members: Member[]): Promise<void> {
    return this.accounts.inviteUnopened(tx, actor, members);
  }

  /**
   * Everything that keeps these two members from joining the cohort as a pair: problems
   * already `found` (of their accounts), the pair rules, then their places in cohorts.
   */
  async problems(
    tx: Tx,
    cohortId: string,
    political: PairMember,
    technical: PairMember,
    fields: MemberFields,
    found: Problems = {},
  ): Promise<Problems> {
    return {
      ...found,
      ...pairProblems(political, technical, fields),
      ...(await this.availability(tx, cohortId, political, technical, fields)),
    };
  }

  /** Problems of the two members being added to this cohort, under the given field names. */
  async availability(
    tx: Tx,
    cohortId: string,
    political: PairMember,
    technical: PairMember,
    fields: MemberFields,
    excludePairId?: string,
  ): Promise<Problems> {
    const memberships = await this.pairs.activeMemberships(
      tx,
      cohortId,
      [political.id, technical.id],
      excludePairId,
    );
    const unfinished = await this.cohorts.unfinished(
      tx,
      memberships.map((membership) => membership.cohortId),
    );
    return membershipProblems(cohortId, memberships, unfinished, political, technical, fields);
  }

  /**
   * Moves a pair of a locked cohort from one of `from` to a new status (`change` sets it),
   * audits and notifies it, and lets the waitlist take the seats an enrolled pair freed.
   */
  async change(
    actor: AuthUser,
    cohortId: string,
    pairId: string,
    from: PairStatus[],
    verb: errors.PairAction,
    change: (tx: Tx, cohort: CohortEntity, pair: CohortPairEntity) => Promise<void>,
  ): Promise<PairView> {
    const member = actor.role === 'participant';
    if (!member) await this.access.manageable(actor, cohortId);
    return this.write(async (tx) => {
      const cohort = await this.cohorts.findForUpdate(tx, cohortId);
      const pair = cohort && (await this.pairs.findForUpdate(tx, cohortId, pairId));
      // A participant acts on their own pair only; nothing else exists for them, not even
      // whether another cohort is finished.
      if (!cohort || !pair || (member && !isMemberOf(pair, actor.id))) {
        throw errors.pairNotFound(pairId);
      }
      refuseFinished(cohort);
      if (!from.includes(pair.status)) throw errors.pairTransition(pair.status, verb);
      const before = { ...pair };
      await change(tx, cohort, pair);
      await this.pairs.save(tx, pair);
      await this.outbox.enqueue(tx, pairNotifications(pair, cohort.name));
      await this.audit.record(tx, actor, pairAudit(`pair.${verb}`, before, pair));
      if (before.status === 'enrolled') await this.waitlist.promote(tx, actor, cohort);
      if (before.status === 'waitlisted') await this.waitlist.renumber(tx, cohort.id);
      // Read in the transaction, as `enrol` answers: after commit the answer would wait for a
      // connection again, and could fail for a change that was made.
      return (await this.pairs.view(pair.id, tx)) as PairView;
    });
  }

  async lockActive(tx: Tx, cohortId: string): Promise<CohortEntity> {
    const cohort = await this.cohorts.findForUpdate(tx, cohortId);
    if (!cohort) throw errors.cohortNotFound(cohortId);
    return refuseFinished(cohort);
  }

  async lockMembers(
    tx: Tx,
    politicalId: string,
    technicalId: string,
  ): Promise<[UserEntity, UserEntity]> {
    return membersOf(
      await this.users.lockByIds(tx, [politicalId, technicalId]),
      politicalId,
      technicalId,
    );
  }

  /** Runs a write; a race on the per-cohort unique indexes becomes the same conflict as the check. */
  async write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    try {
      return await this.tx.run(work);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_cohort_pairs_political'))
        throw errors.alreadyInCohort('politicalId');
      if (isUniqueViolation(error, 'uq_cohort_pairs_technical'))
        throw errors.alreadyInCohort('technicalId');
      throw error;
    }
  }
}
