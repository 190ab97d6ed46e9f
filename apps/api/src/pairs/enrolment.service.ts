import { Injectable } from '@nestjs/common';
import {
  CohortEntity,
  CohortPairEntity,
  FINISHED_COHORT_STATUSES,
  PairStatus,
  UserEntity,
} from '@apprenance/db';
import { AuditService } from '../audit/audit.service';
import { diffFields } from '../audit/audit-diff';
import { AuthUser } from '../common/auth/auth-user';
import { isUniqueViolation } from '../common/database/pg-errors';
import { TransactionRunner, Tx } from '../common/database/transaction';
import { DomainError } from '../common/problem/domain-error';
import { OutboxRepository } from '../notifications/outbox.repository';
import { CohortAccess } from '../cohorts/cohort-access';
import * as errors from '../cohorts/cohorts.errors';
import { CohortsRepository } from '../cohorts/cohorts.repository';
import {
  ApplicantDto,
  ApplicantTerritoryDto,
  EnrolPairDto,
  PairApplicationDto,
} from './dto/pair.dto';
import { hasProblems, pairProblems, PairMember, Problems } from '@apprenance/domain';
import { pairNotifications } from './pair-notifications';
import { PairsRepository } from './pairs.repository';
import { pairsToPromote, placeFor, SEATS_PER_PAIR } from '@apprenance/domain';

const AUDITED = ['status', 'waitlistRank', 'politicalId', 'technicalId', 'territoryId'] as const;

/** Field names under which a pair's two members are reported. */
export interface MemberFields {
  political: string;
  technical: string;
}
const API_FIELDS: MemberFields = { political: 'politicalId', technical: 'technicalId' };

/** Thrown to roll an application clashing with existing accounts back. */
class ApplicationConflict extends Error {
  constructor(readonly problems: Problems) {
    super('application conflict');
  }
}

const isMemberOf = (pair: CohortPairEntity, userId: string) =>
  pair.politicalId === userId || pair.technicalId === userId;

/** An account no password opens: applicants and imported participants are invited later. */
const NO_PASSWORD = '!';

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
    private readonly access: CohortAccess,
    private readonly outbox: OutboxRepository,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  async enrol(actor: AuthUser, cohortId: string, input: EnrolPairDto): Promise<string> {
    await this.access.manageable(actor, cohortId);
    return this.write(async (tx) => {
      const cohort = await this.lockActive(tx, cohortId);
      const [political, technical] = await this.lockMembers(
        tx,
        input.politicalId,
        input.technicalId,
      );
      const problems = {
        ...pairProblems(political, technical, API_FIELDS),
        ...(await this.availability(tx, cohortId, political, technical, API_FIELDS)),
      };
      if (hasProblems(problems)) throw errors.invalidPairOrConflict(problems);
      const pair = await this.add(tx, actor, cohort, political, technical, 'place');
      return pair.id;
    });
  }

  /**
   * A pair applies from the public course page; a trainer then accepts or declines it. The
   * caller learns nothing about existing accounts: an application that clashes with one (an
   * account of another territory or kind, a member already in a cohort) is not recorded, and
   * the cohort's trainers are told instead, in the same words they would see on accepting.
   */
  async apply(cohortId: string, input: PairApplicationDto): Promise<void> {
    if (input.political.email === input.technical.email) throw errors.sameApplicant();
    try {
      await this.write(async (tx) => {
        const cohort = await this.openCohort(tx, cohortId);
        const resolved = await this.resolveApplicants(
          tx,
          input.territory,
          input.political,
          input.technical,
        );
        const fields = { political: 'political.email', technical: 'technical.email' };
        const problems = {
          ...resolved.problems,
          ...pairProblems(resolved.political, resolved.technical, fields),
          ...(await this.availability(
            tx,
            cohortId,
            resolved.political,
            resolved.technical,
            fields,
          )),
        };
        // Rolls back the accounts and territory created for this attempt.
        if (hasProblems(problems)) throw new ApplicationConflict(problems);
        await this.add(tx, null, cohort, resolved.political, resolved.technical, 'apply');
      });
    } catch (error) {
      if (!(error instanceof ApplicationConflict)) throw error;
      await this.tx.run((tx) => this.reportConflict(tx, cohortId, input, error.problems));
    }
  }

  /** Tells the cohort's reviewers about an application that could not be recorded, and audits it. */
  private async reportConflict(
    tx: Tx,
    cohortId: string,
    input: PairApplicationDto,
    problems: Problems,
  ): Promise<void> {
    const cohort = await this.openCohort(tx, cohortId);
    const applicant = ({ displayName, email }: ApplicantDto) => ({ displayName, email });
    const payload = {
      cohortId,
      cohortName: cohort.name,
      territory: input.territory,
      political: applicant(input.political),
      technical: applicant(input.technical),
      problems,
    };
    const reviewers = await this.cohorts.reviewerIds(tx, cohortId);
    await this.outbox.enqueue(
      tx,
      reviewers.map((recipientId) => ({
        recipientId,
        template: 'pair.application_conflict',
        payload,
      })),
    );
    await this.audit.record(tx, null, {
      action: 'pair.apply_conflict',
      entityType: 'cohort',
      entityId: cohortId,
      changes: payload,
    });
  }

  private async openCohort(tx: Tx, cohortId: string): Promise<CohortEntity> {
    const cohort = await this.cohorts.findForUpdate(tx, cohortId);
    if (!cohort) throw errors.cohortNotFound(cohortId);
    if (cohort.status !== 'open') throw errors.notOpenForApplications();
    return cohort;
  }

  accept(actor: AuthUser, cohortId: string, pairId: string): Promise<string> {
    return this.changePair(
      actor,
      cohortId,
      pairId,
      ['applied'],
      'accepted',
      async (tx, cohort, pair) => {
        const [political, technical] = await this.lockMembers(
          tx,
          pair.politicalId,
          pair.technicalId,
        );
        const problems = await this.availability(
          tx,
          cohortId,
          political,
          technical,
          API_FIELDS,
          pair.id,
        );
        if (hasProblems(problems)) throw errors.invalidPairOrConflict(problems);
        const status = placeFor(cohort.enrolledSeats, cohort.capacity);
        pair.status = status;
        pair.waitlistRank =
          status === 'waitlisted' ? await this.pairs.nextWaitlistRank(tx, cohortId) : null;
      },
    );
  }

  decline(actor: AuthUser, cohortId: string, pairId: string): Promise<string> {
    return this.changePair(
      actor,
      cohortId,
      pairId,
      ['applied'],
      'declined',
      async (_tx, _cohort, pair) => {
        pair.status = 'declined';
      },
    );
  }

  /**
   * Withdrawing an enrolled pair frees its seats, which the waitlist takes in the same
   * transaction. Trainers and admins withdraw any pair; a participant only their own (any other
   * pair is "not found" to them), and the cohort's trainers are then told.
   */
  withdraw(actor: AuthUser, cohortId: string, pairId: string): Promise<string> {
    return this.changePair(
      actor,
      cohortId,
      pairId,
      ['enrolled', 'waitlisted'],
      'withdrawn',
      async (tx, cohort, pair) => {
        pair.status = 'withdrawn';
        pair.waitlistRank = null;
        if (actor.role !== 'participant') return;
        const reviewers = await this.cohorts.reviewerIds(tx, cohort.id);
        const [notice] = pairNotifications(pair, cohort.name, 'pair.withdrawn_by_member');
        await this.outbox.enqueue(
          tx,
          reviewers.map((recipientId) => ({ ...notice, recipientId })),
        );
      },
    );
  }

  /** Promotes the first waitlisted pairs that fit in the free seats, notifying their members. */
  async promote(tx: Tx, actor: AuthUser | null, cohortRow: CohortEntity): Promise<void> {
    const cohort = (await this.cohorts.findById(cohortRow.id, tx)) as CohortEntity;
    const promoted = pairsToPromote(
      await this.pairs.waitlist(tx, cohort.id),
      cohort.capacity - cohort.enrolledSeats,
    );
    for (const pair of promoted) {
      const before = { ...pair };
      Object.assign(pair, { status: 'enrolled', waitlistRank: null });
      await this.pairs.save(tx, pair);
      await this.outbox.enqueue(tx, pairNotifications(pair, cohort.name, 'pair.promoted'));
      await this.audit.record(tx, actor, {
        action: 'pair.promote',
        entityType: 'cohort_pair',
        entityId: pair.id,
        changes: diffFields(before, pair, AUDITED),
      });
    }
  }

  /**
   * Adds a pair to a locked cohort: `apply` lands in `applied`; `place` enrols it if two seats
   * are free, else puts it last on the waitlist. Notifies both members in the same transaction.
   */
  async add(
    tx: Tx,
    actor: AuthUser | null,
    cohort: CohortEntity,
    political: PairMember,
    technical: PairMember,
    mode: 'apply' | 'place',
  ): Promise<CohortPairEntity> {
    const status: PairStatus =
      mode === 'apply' ? 'applied' : placeFor(cohort.enrolledSeats, cohort.capacity);
    const pair = await this.pairs.insert(tx, {
      cohortId: cohort.id,
      territoryId: political.territoryId as string,
      politicalId: political.id,
      technicalId: technical.id,
      status,
      waitlistRank:
        status === 'waitlisted' ? await this.pairs.nextWaitlistRank(tx, cohort.id) : null,
    });
    if (status === 'enrolled') cohort.enrolledSeats += SEATS_PER_PAIR;
    await this.outbox.enqueue(tx, pairNotifications(pair, cohort.name));
    await this.audit.record(tx, actor, {
      action: `pair.${mode === 'apply' ? 'apply' : 'enrol'}`,
      entityType: 'cohort_pair',
      entityId: pair.id,
      changes: diffFields(null, pair, AUDITED),
    });
    return pair;
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
    const problems: Problems = {};
    for (const { userId, cohortId: other } of memberships) {
      const field = userId === political.id ? fields.political : fields.technical;
      (problems[field] ??= []).push(
        other === cohortId
          ? 'is already in a pair of this cohort'
          : 'is already in another cohort that has not finished',
      );
    }
    return problems;
  }

  /** Finds applicants by email or creates their (not yet usable) accounts, and their territory. */
  async resolveApplicants(
    tx: Tx,
    territoryInput: ApplicantTerritoryDto,
    politicalInput: ApplicantDto,
    technicalInput: ApplicantDto,
    fields: MemberFields = { political: 'political.email', technical: 'technical.email' },
  ): Promise<{ political: PairMember; technical: PairMember; problems: Problems }> {
    const territory = await this.pairs.findOrCreateTerritory(tx, territoryInput);
    const existing = await this.pairs.lockUsersByEmail(tx, [
      politicalInput.email,
      technicalInput.email,
    ]);
    const problems: Problems = {};
    const resolve = async (
      input: ApplicantDto,
      kind: 'political' | 'technical',
    ): Promise<PairMember> => {
      const found = existing.find((user) => user.email === input.email);
      if (!found) {
        return this.pairs.insertParticipant(tx, {
          email: input.email,
          displayName: input.displayName,
          locale: input.locale ?? 'fr',
          role: 'participant',
          passwordHash: NO_PASSWORD,
          isActive: false,
          kind,
          territoryId: territory.id,
          position: input.position ?? null,
        });
      }
      if (found.territoryId !== territory.id && found.role === 'participant') {
        (problems[fields[kind]] ??= []).push('already has an account in another territory');
      }
      return found;
    };
    const political = await resolve(politicalInput, 'political');
    const technical = await resolve(technicalInput, 'technical');
    return { political, technical, problems };
  }

  private async changePair(
    actor: AuthUser,
    cohortId: string,
    pairId: string,
    from: PairStatus[],
    verb: string,
    change: (tx: Tx, cohort: CohortEntity, pair: CohortPairEntity) => Promise<void>,
  ): Promise<string> {
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
      if (FINISHED_COHORT_STATUSES.includes(cohort.status)) throw errors.cohortClosed();
      if (!from.includes(pair.status)) throw errors.pairTransition(pair.status, verb);
      const before = { ...pair };
      await change(tx, cohort, pair);
      await this.pairs.save(tx, pair);
      await this.outbox.enqueue(tx, pairNotifications(pair, cohort.name));
      await this.audit.record(tx, actor, {
        action: `pair.${verb}`,
        entityType: 'cohort_pair',
        entityId: pair.id,
        changes: diffFields(before, pair, AUDITED),
      });
      if (before.status === 'enrolled') await this.promote(tx, actor, cohort);
      return pair.id;
    });
  }

  async lockActive(tx: Tx, cohortId: string): Promise<CohortEntity> {
    const cohort = await this.cohorts.findForUpdate(tx, cohortId);
    if (!cohort) throw errors.cohortNotFound(cohortId);
    if (FINISHED_COHORT_STATUSES.includes(cohort.status)) throw errors.cohortClosed();
    return cohort;
  }

  private async lockMembers(
    tx: Tx,
    politicalId: string,
    technicalId: string,
  ): Promise<[UserEntity, UserEntity]> {
    const users = await this.pairs.lockUsers(tx, [politicalId, technicalId]);
    const find = (id: string, field: string) => {
      const user = users.find((u) => u.id === id);
      if (!user)
        throw new DomainError('invalid_reference', 'No such participant.', {
          [field]: ['does not match an existing user'],
        });
      return user;
    };
    return [find(politicalId, 'politicalId'), find(technicalId, 'technicalId')];
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
