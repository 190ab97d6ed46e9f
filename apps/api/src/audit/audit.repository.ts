import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditLogEntity } from '@apprenance/db';
import { Repository } from 'typeorm';
import { WithQuery } from '../common/database/sql-params';
import { Tx } from '../common/database/transaction';
import { pageWindow } from '../common/list/list-query.dto';
import { Page } from '../common/list/page';
import { sortColumn } from '../common/list/sort';
import { AuditListQueryDto } from './dto/audit.dto';

export type NewAuditRow = Omit<AuditLogEntity, 'id' | 'occurredAt' | 'actor'>;

const SORTABLE = { id: 'a.id', occurredAt: 'a.occurredAt', action: 'a.action' } as const;

@Injectable()
export class AuditRepository {
  constructor(
    @InjectRepository(AuditLogEntity) private readonly rows: Repository<AuditLogEntity>,
  ) {}

  async insert(tx: Tx, row: NewAuditRow): Promise<void> {
    await tx.getRepository(AuditLogEntity).insert(row);
  }

  /** `insert` as an entry of another feature's statement (see `WithQuery`). */
  inserting(row: NewAuditRow): WithQuery {
    return (params) => {
      const values = [
        params.add(row.actorId),
        params.add(row.action),
        params.add(row.entityType),
        params.add(row.entityId),
        `${params.add(row.changes && JSON.stringify(row.changes))}::jsonb`,
        params.add(row.requestId),
      ];
      return `audited AS (
         INSERT INTO audit_log (actor_id, action, entity_type, entity_id, changes, request_id)
         VALUES (${values.join(', ')}))`;
    };
  }

  findById(id: string): Promise<AuditLogEntity | null> {
    return this.rows.findOneBy({ id });
  }

  async list(query: AuditListQueryDto): Promise<Page<AuditLogEntity>> {
    const { skip, take } = pageWindow(query);
    const builder = this.rows.createQueryBuilder('a');
    if (query.id?.length) builder.andWhere('a.id IN (:...ids)', { ids: query.id });
    if (query.entityType) builder.andWhere('a.entityType = :entityType', query);
    if (query.entityId) builder.andWhere('a.entityId = :entityId', query);
    if (query.actorId) builder.andWhere('a.actorId = :actorId', query);
    if (query.action) builder.andWhere('a.action = :action', query);
    const order = query._sort ? query._order : 'DESC';
    builder
      .orderBy(sortColumn(query._sort, SORTABLE, 'id'), order)
      .skip(skip)
      .take(take);
    const [items, total] = await builder.getManyAndCount();
    return new Page(items, total, skip);
  }
}
