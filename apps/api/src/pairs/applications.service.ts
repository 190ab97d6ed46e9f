import { Injectable } from '@nestjs/common';
import { CohortEntity } from '@apprenance/db';
import { hasProblems, Problems } from '@apprenance/domain';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../common/auth/auth-user';
import { TransactionRunner, Tx } from '../common/database/transaction';
import { CohortMembership } from '../cohorts/cohort-membership';
import * as errors from '../cohorts/cohorts.errors';
import { CohortsRepository } from '../cohorts/cohorts.repository';
import { OutboxRepository } from '../notifications/outbox.repository';
import { ApplicantAccounts } from './applicant-accounts';
import { ApplicantDto, PairApplicationDto } from './dto/pair.dto';
import { API_FIELDS, EnrolmentService } from './enrolment.service';
import { PairView } from './pairs.repository';
import { WaitlistService } from './waitlist.service';

/** Thrown to roll an application clashing with existing accounts back. */
class ApplicationConflict extends Error {
  constructor(readonly problems: Problems) {
    super('application conflict');
  }
}

/** Applications from the public course page, and a trainer's answer to them. */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly enrolment: EnrolmentService,
    private readonly waitlist: WaitlistService,
    private readonly cohorts: CohortsRepository,
    private readonly membership: CohortMembership,
    private readonly applicants: ApplicantAccounts,
    private readonly outbox: OutboxRepository,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  /**
   * A pair applies from the public course page; a trainer then accepts or declines it. The
   * caller learns nothing about existing accounts: an application that clashes with one (an
   * account of another territory or kind, a member already in a cohort) is not recorded, and
   * the cohort's trainers are told instead, in the same words they would see on accepting.
   */
  async apply(cohortId: string, input: PairApplicationDto): Promise<void> {
    if (input.political.email === input.technical.email) throw errors.sameApplicant();
    try {
      await this.enrolment.write(async (tx) => {
        const cohort = await this.openCohort(tx, cohortId);
        const fields = { political: 'political.email', technical: 'technical.email' };
        const resolved = await this.applicants.resolve(tx, null, input, fields);
        const problems = await this.enrolment.problems(
          tx,
          cohortId,
          resolved.political,
          resolved.technical,
          fields,
          resolved.problems,
        );
        // Rolls back the accounts and territory created for this attempt.
        if (hasProblems(problems)) throw new ApplicationConflict(problems);
        await this.enrolment.add(tx, null, cohort, resolved.political, resolved.technical, 'apply');
      });
    } catch (error) {
      if (!(error instanceof ApplicationConflict)) throw error;
      await this.tx.run((tx) => this.reportConflict(tx, cohortId, input, error.problems));
    }
  }

  accept(actor: AuthUser, cohortId: string, pairId: string): Promise<PairView> {
    return this.enrolment.change(
      actor,
      cohortId,
      pairId,
      ['applied'],
      'accepted',
      async (tx, cohort, pair) => {
        const [political, technical] = await this.enrolment.lockMembers(
          tx,
          pair.politicalId,
          pair.technicalId,
        );
        const problems = await this.enrolment.availability(
          tx,
          cohortId,
          political,
          technical,
          API_FIELDS,
          pair.id,
        );
        if (hasProblems(problems)) throw errors.invalidPairOrConflict(problems);
        Object.assign(pair, await this.waitlist.place(tx, cohort));
        await this.enrolment.inviteMembers(tx, actor, [political, technical]);
      },
    );
  }

  decline(actor: AuthUser, cohortId: string, pairId: string): Promise<PairView> {
    return this.enrolment.change(
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
    const reviewers = await this.membership.reviewerIds(tx, cohortId);
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
}
