import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CivicTechTestEntity } from '@apprenance/db';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { RowScope, withinScope } from '../common/database/row-scope';
import { Tx } from '../common/database/transaction';
import { pageWindow } from '../common/list/list-query.dto';
import { Page } from '../common/list/page';
import { sortColumn } from '../common/list/sort';
import { TestLogAggregateDto, TestLogListQueryDto } from './dto/test-log.dto';

const SORTABLE = {
  createdAt: 't.createdAt',
  fit: 't.fit',
  wouldUse: 't.wouldUse',
  civicTechId: 't.civicTechId',
} as const;

export type NewTestLog = Omit<CivicTechTestEntity, 'id' | 'createdAt' | 'updatedAt'>;

@Injectable()
export class TestLogsRepository {
  constructor(
    @InjectRepository(CivicTechTestEntity) private readonly logs: Repository<CivicTechTestEntity>,
  ) {}

  async list(scope: RowScope, query: TestLogListQueryDto): Promise<Page<CivicTechTestEntity>> {
    const { skip, take } = pageWindow(query);
    const builder = this.scoped(scope);
    if (query.id?.length) builder.andWhere('t.id IN (:...ids)', { ids: query.id });
    if (query.cohortId) builder.andWhere('t.cohortId = :cohortId', query);
    if (query.pairId) builder.andWhere('t.pairId = :pairId', query);
    if (query.civicTechId) builder.andWhere('t.civicTechId = :civicTechId', query);
    builder
      .orderBy(sortColumn(query._sort, SORTABLE, 'createdAt'), query._order)
      .addOrderBy('t.id')
      .skip(skip)
      .take(take);
    const [items, total] = await builder.getManyAndCount();
    return new Page(items, total, skip);
  }

  findVisible(scope: RowScope, id: string): Promise<CivicTechTestEntity | null> {
    return this.scoped(scope).andWhere('t.id = :id', { id }).getOne();
  }

  findForUpdate(tx: Tx, id: string): Promise<CivicTechTestEntity | null> {
    return tx
      .getRepository(CivicTechTestEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  insert(tx: Tx, log: NewTestLog): Promise<CivicTechTestEntity> {
    return tx.getRepository(CivicTechTestEntity).save(tx.create(CivicTechTestEntity, log));
  }

  save(tx: Tx, log: CivicTechTestEntity): Promise<CivicTechTestEntity> {
    return tx.getRepository(CivicTechTestEntity).save(log);
  }

  /** Per tool: distinct pairs, tests, mean fit and would-use counts of the matching tests. */
  async aggregate(filter: {
    cohortId?: string;
    civicTechId?: string;
  }): Promise<TestLogAggregateDto[]> {
    const builder = this.logs
      .createQueryBuilder('t')
      .select('t.civicTechId', 'id')
      .addSelect('COUNT(DISTINCT t.pairId)::int', 'pairs')
      .addSelect('COUNT(*)::int', 'tests')
      .addSelect('ROUND(AVG(t.fit), 2)::float', 'meanFit')
      .addSelect(`COUNT(*) FILTER (WHERE t.wouldUse = 'yes')::int`, 'yes')
      .addSelect(`COUNT(*) FILTER (WHERE t.wouldUse = 'no')::int`, 'no')
      .addSelect(`COUNT(*) FILTER (WHERE t.wouldUse = 'maybe')::int`, 'maybe')
      .groupBy('t.civicTechId')
      .orderBy('pairs', 'DESC')
      .addOrderBy('t.civicTechId');
    if (filter.cohortId) builder.andWhere('t.cohortId = :cohortId', filter);
    if (filter.civicTechId) builder.andWhere('t.civicTechId = :civicTechId', filter);
    const rows = await builder.getRawMany<{
      id: string;
      pairs: number;
      tests: number;
      meanFit: number;
      yes: number;
      no: number;
      maybe: number;
    }>();
    return rows.map(({ id, pairs, tests, meanFit, yes, no, maybe }) => ({
      id,
      pairs,
      tests,
      meanFit,
      wouldUse: { yes, no, maybe },
    }));
  }

  private scoped(scope: RowScope): SelectQueryBuilder<CivicTechTestEntity> {
    return withinScope(this.logs.createQueryBuilder('t'), 't', scope);
  }
}
