import { Injectable } from '@nestjs/common';
import { cohortEndedAt, followUpDueAt } from '@apprenance/domain';
import { AuditService } from '../audit/audit.service';
import { CohortAccess } from '../cohorts/cohort-access';
import { CohortMembership } from '../cohorts/cohort-membership';
import { AuthUser } from '../common/auth/auth-user';
import { isForeignKeyViolation } from '../common/database/pg-errors';
import { TransactionRunner } from '../common/database/transaction';
import { Page } from '../common/list/page';
import {
  FollowUpListQueryDto,
  FollowUpPathDto,
  FollowUpRecordDto,
  FollowUpSlotDto,
  RecordFollowUpDto,
} from './dto/follow-up.dto';
import { FollowUpRecord, FollowUpsRepository } from './follow-ups.repository';
import {
  cohortNotEnded,
  fundingWithoutSecured,
  milestoneNotDue,
  pairNotFound,
  unknownCivicTech,
} from './impact.errors';

const AUDITED = [
  'status',
  'fundingSecured',
  'fundingAmount',
  'fundingSource',
  'civicTechIds',
  'whatChanged',
  'documentUrl',
] as const;

export function toFollowUpRecordDto(record: FollowUpRecord): FollowUpRecordDto {
  return {
    status: record.status,
    fundingSecured: record.fundingSecured,
    fundingAmount: record.fundingAmount === null ? null : Number(record.fundingAmount),
    fundingSource: record.fundingSource,
    civicTechIds: record.civicTechIds,
    whatChanged: record.whatChanged,
    documentUrl: record.documentUrl,
    recordedBy: record.recordedBy,
    updatedAt: record.updatedAt,
  };
}

/**
 * What became of each pair's strategy 3, 6 and 12 months after its cohort ended. Either member
 * of the pair records it, or a trainer of the cohort on their behalf; recording a milestone
 * again replaces it.
 */
@Injectable()
export class FollowUpsService {
  constructor(
    private readonly followUps: FollowUpsRepository,
    private readonly access: CohortAccess,
    private readonly membership: CohortMembership,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  /** Trainers: their cohorts' pairs; participants: their own pair; admins: every pair. */
  async list(
    actor: AuthUser,
    query: FollowUpListQueryDto,
    now = new Date(),
  ): Promise<Page<FollowUpSlotDto>> {
    const page = await this.followUps.slots(actor, query, now);
    const ids = page.items.flatMap((slot) => (slot.followUpId ? [slot.followUpId] : []));
    const records = new Map((await this.followUps.records(ids)).map((r) => [r.id, r]));
    return page.map(({ followUpId, dueAt, ...slot }) => {
      const record = followUpId ? records.get(followUpId) : undefined;
      return {
        ...slot,
        id: `${slot.pairId}:${slot.milestone}`,
        dueAt: new Date(dueAt).toISOString(),
        record: record ? toFollowUpRecordDto(record) : null,
      };
    });
  }

  async record(
    actor: AuthUser,
    { pairId, milestone }: FollowUpPathDto,
    input: RecordFollowUpDto,
    now = new Date(),
  ): Promise<FollowUpRecordDto> {
    const pair = await this.membership.enrolledPair(pairId);
    const cohort = pair && (await this.access.visible(actor, pair.cohortId));
    const member = pair?.memberIds.includes(actor.id) ?? false;
    if (!pair || !cohort || (actor.role === 'participant' && !member)) throw pairNotFound(pairId);
    const endedAt = cohortEndedAt(cohort);
    if (!endedAt || now < endedAt) throw cohortNotEnded();
    const dueAt = followUpDueAt(cohort.endsOn as string, cohort.timeZone, milestone);
    if (now < dueAt) throw milestoneNotDue(dueAt);
    if (!input.fundingSecured && (input.fundingAmount != null || input.fundingSource)) {
      throw fundingWithoutSecured();
    }
    try {
      return await this.tx.run(async (tx) => {
        const before = await this.followUps.findForUpdate(tx, pairId, milestone);
        const saved = await this.followUps.upsert(
          tx,
          {
            cohortId: pair.cohortId,
            pairId,
            milestone,
            status: input.status,
            fundingSecured: input.fundingSecured,
            fundingAmount: input.fundingAmount == null ? null : String(input.fundingAmount),
            fundingSource: input.fundingSource || null,
            whatChanged: input.whatChanged ?? '',
            documentUrl: input.documentUrl ?? null,
            recordedBy: actor.id,
          },
          input.civicTechIds ?? [],
        );
        const action = before ? 'follow_up.update' : 'follow_up.create';
        await this.audit.recordDiff(tx, actor, action, saved.id, before, saved, AUDITED);
        return toFollowUpRecordDto(saved);
      });
    } catch (error) {
      if (isForeignKeyViolation(error)) throw unknownCivicTech();
      throw error;
    }
  }
}
