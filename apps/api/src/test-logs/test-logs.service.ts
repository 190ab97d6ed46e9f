import { Injectable } from '@nestjs/common';
import { CivicTechTestEntity } from '@apprenance/db';
import { AuditService } from '../audit/audit.service';
import { CohortAccess } from '../cohorts/cohort-access';
import { CohortMembership } from '../cohorts/cohort-membership';
import { AuthUser } from '../common/auth/auth-user';
import { definedOnly } from '../common/defined-only';
import { isForeignKeyViolation } from '../common/database/pg-errors';
import { TransactionRunner, Tx } from '../common/database/transaction';
import { Page } from '../common/list/page';
import {
  CreateTestLogDto,
  TestLogAggregateDto,
  TestLogAggregateQueryDto,
  TestLogDto,
  TestLogListQueryDto,
  toTestLogDto,
  UpdateTestLogDto,
} from './dto/test-log.dto';
import { notInPair, testLogNotFound, unknownCivicTech } from './test-logs.errors';
import { TestLogsRepository } from './test-logs.repository';

const AUDITED = ['civicTechId', 'useCase', 'fit', 'strengths', 'limits', 'wouldUse'] as const;

@Injectable()
export class TestLogsService {
  constructor(
    private readonly logs: TestLogsRepository,
    private readonly access: CohortAccess,
    private readonly membership: CohortMembership,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  async list(actor: AuthUser, query: TestLogListQueryDto): Promise<Page<TestLogDto>> {
    return (await this.logs.list(await this.membership.pairWorkScopeOf(actor), query)).map(
      toTestLogDto,
    );
  }

  async get(actor: AuthUser, id: string): Promise<TestLogDto> {
    return toTestLogDto(await this.visible(actor, id));
  }

  /**
   * A cohort's aggregate needs the cohort to be visible; a tool's aggregate across all cohorts
   * names no pair, so any signed-in user reads it (the catalogue page shows it).
   */
  async aggregate(
    actor: AuthUser,
    query: TestLogAggregateQueryDto,
  ): Promise<TestLogAggregateDto[]> {
    if (query.cohortId) await this.access.checkReadable(actor, query.cohortId);
    return this.logs.aggregate(query);
  }

  async create(actor: AuthUser, input: CreateTestLogDto): Promise<TestLogDto> {
    await this.access.checkReadable(actor, input.cohortId);
    const pair = await this.membership.pairOfUserIn(actor.id, input.cohortId);
    if (!pair) throw notInPair();
    return this.write(async (tx) => {
      const log = await this.logs.insert(tx, {
        cohortId: input.cohortId,
        pairId: pair.id,
        civicTechId: input.civicTechId,
        authorId: actor.id,
        useCase: input.useCase,
        fit: input.fit,
        strengths: input.strengths ?? '',
        limits: input.limits ?? '',
        wouldUse: input.wouldUse,
      });
      await this.audit.recordDiff(tx, actor, 'test_log.create', log.id, null, log, AUDITED);
      return toTestLogDto(log);
    });
  }

  /** Either member of the pair edits the pair's tests; nobody else sees them to edit. */
  async update(actor: AuthUser, id: string, input: UpdateTestLogDto): Promise<TestLogDto> {
    await this.visible(actor, id);
    return this.write(async (tx) => {
      const log = (await this.logs.findForUpdate(tx, id)) as CivicTechTestEntity;
      const before = { ...log };
      const saved = await this.logs.save(tx, Object.assign(log, definedOnly(input)));
      await this.audit.recordDiff(tx, actor, 'test_log.update', id, before, saved, AUDITED);
      return toTestLogDto(saved);
    });
  }

  private async visible(actor: AuthUser, id: string): Promise<CivicTechTestEntity> {
    const log = await this.logs.findVisible(await this.membership.pairWorkScopeOf(actor), id);
    if (!log) throw testLogNotFound(id);
    return log;
  }

  private async write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    try {
      return await this.tx.run(work);
    } catch (error) {
      if (isForeignKeyViolation(error)) throw unknownCivicTech();
      throw error;
    }
  }
}
