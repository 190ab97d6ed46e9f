import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditLogEntity } from '@apprenance/db';
import { Repository } from 'typeorm';
import { Tx } from '../common/database/transaction';
import { pageWindow } from '../common/list/list-query.dto';
import { Page } from '../common/list/page';
import { sortColumn } from '../common/list/sort';
import { AuditListQueryDto } from './dto/audit.dto';

const SORTABLE = { id: 'a.id', occurredAt: 'a.occurredAt', action: 'a.action' } as const;

@Injectable()
export class AuditRepository {
  constructor(
    @InjectRepository(AuditLogEntity) private readonly rows: Repository<AuditLogEntity>,
  ) {}

  async insert(tx: Tx, row: Omit<AuditLogEntity, 'id' | 'occurredAt'>): Promise<void> {
    await tx.getRepository(AuditLogEntity).insert(row);
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
