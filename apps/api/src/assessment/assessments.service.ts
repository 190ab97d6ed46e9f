import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { CohortAccess } from '../cohorts/cohort-access';
import { CohortMembership } from '../cohorts/cohort-membership';
import { CohortsRepository } from '../cohorts/cohorts.repository';
import { AuthUser } from '../common/auth/auth-user';
import { TransactionRunner } from '../common/database/transaction';
import { participantNotEnrolled } from './assessment.errors';
import { AssessmentsRepository } from './assessments.repository';
import { AssessmentDto, RecordAssessmentDto, toAssessmentDto } from './dto/assessment.dto';
import { ParticipantEligibilityDto } from './dto/eligibility.dto';
import { EligibilityService } from './eligibility.service';

/**
 * Validation des acquis: the cohort's trainers (and admins) record, for each enrolled
 * participant and phase, `acquired` or `not_yet` with a comment. A participant reads only
 * their own; participants cannot record (the route admits staff only), so nobody assesses
 * themselves.
 */
@Injectable()
export class AssessmentsService {
  constructor(
    private readonly assessments: AssessmentsRepository,
    private readonly eligibility: EligibilityService,
    private readonly access: CohortAccess,
    private readonly membership: CohortMembership,
    private readonly cohorts: CohortsRepository,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  async list(actor: AuthUser, cohortId: string): Promise<AssessmentDto[]> {
    await this.access.checkReadable(actor, cohortId);
    const own = actor.role === 'participant' ? actor.id : undefined;
    return (await this.assessments.list(cohortId, own)).map(toAssessmentDto);
  }

  /** Upserts the (cohort, participant, phase) status with its audit row (old → new). */
  async record(
    actor: AuthUser,
    cohortId: string,
    input: RecordAssessmentDto,
  ): Promise<AssessmentDto> {
    await this.access.manageable(actor, cohortId);
    return this.tx.run(async (tx) => {
      // Writes of one cohort queue up, so that each audit row's "before" is what it replaced.
      await this.cohorts.findForUpdate(tx, cohortId);
      if (!(await this.membership.pairOfUserIn(input.participantId, cohortId, tx))) {
        throw participantNotEnrolled();
      }
      const before = await this.assessments.find(tx, cohortId, input.participantId, input.phase);
      const after = await this.assessments.upsert(tx, {
        cohortId,
        participantId: input.participantId,
        phase: input.phase,
        status: input.status,
        comment: input.comment ?? '',
        assessedBy: actor.id,
      });
      await this.audit.record(tx, actor, {
        action: 'assessment.record',
        entityType: 'assessment',
        entityId: after.id,
        changes: {
          cohortId,
          participantId: input.participantId,
          phase: input.phase,
          status: [before?.status ?? null, after.status],
          comment: [before?.comment ?? null, after.comment],
        },
      });
      return toAssessmentDto(after);
    });
  }

  /** Staff see every enrolled participant; a participant sees their own row only. */
  async eligibilityOf(actor: AuthUser, cohortId: string): Promise<ParticipantEligibilityDto[]> {
    await this.access.checkReadable(actor, cohortId);
    if (actor.role !== 'participant') return this.eligibility.forCohort(cohortId);
    const own = await this.eligibility.forParticipant(cohortId, actor.id);
    return own ? [own] : [];
  }
}
