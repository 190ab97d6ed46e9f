import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  PrototypeAttachmentEntity,
  PrototypeEntity,
  PrototypeEventEntity,
  PrototypeVersionEntity,
} from '@apprenance/db';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { RowScope, withinScope } from '../common/database/row-scope';
import { Tx } from '../common/database/transaction';
import { pageWindow } from '../common/list/list-query.dto';
import { Page } from '../common/list/page';
import { sortColumn } from '../common/list/sort';
import { PrototypeListQueryDto } from './dto/prototype.dto';

const SORTABLE = {
  status: 'p.status',
  currentVersion: 'p.currentVersion',
  createdAt: 'p.createdAt',
  updatedAt: 'p.updatedAt',
} as const;

export type NewVersion = Pick<
  PrototypeVersionEntity,
  'prototypeId' | 'number' | 'authorId' | 'content'
>;
export type NewEvent = Omit<PrototypeEventEntity, 'id' | 'createdAt'>;
export type NewAttachment = Omit<PrototypeAttachmentEntity, 'id' | 'createdAt'>;

@Injectable()
export class PrototypesRepository {
  constructor(
    @InjectRepository(PrototypeEntity) private readonly prototypes: Repository<PrototypeEntity>,
    @InjectRepository(PrototypeVersionEntity)
    private readonly versions: Repository<PrototypeVersionEntity>,
    @InjectRepository(PrototypeAttachmentEntity)
    private readonly attachments: Repository<PrototypeAttachmentEntity>,
    @InjectRepository(PrototypeEventEntity)
    private readonly events: Repository<PrototypeEventEntity>,
  ) {}

  async list(scope: RowScope, query: PrototypeListQueryDto): Promise<Page<PrototypeEntity>> {
    const { skip, take } = pageWindow(query);
    const builder = this.scoped(scope);
    if (query.id?.length) builder.andWhere('p.id IN (:...ids)', { ids: query.id });
    if (query.cohortId) builder.andWhere('p.cohortId = :cohortId', query);
    if (query.pairId) builder.andWhere('p.pairId = :pairId', query);
    if (query.status) builder.andWhere('p.status = :status', query);
    builder
      .orderBy(sortColumn(query._sort, SORTABLE, 'createdAt'), query._order)
      .addOrderBy('p.id')
      .skip(skip)
      .take(take);
    const [items, total] = await builder.getManyAndCount();
    return new Page(items, total, skip);
  }

  findVisible(scope: RowScope, id: string): Promise<PrototypeEntity | null> {
    return this.scoped(scope).andWhere('p.id = :id', { id }).getOne();
  }

  findById(id: string, tx?: Tx): Promise<PrototypeEntity | null> {
    return (tx?.getRepository(PrototypeEntity) ?? this.prototypes).findOneBy({ id });
  }

  /** Locks the prototype: edits, submissions and moves of one prototype run one at a time. */
  findForUpdate(tx: Tx, id: string): Promise<PrototypeEntity | null> {
    return tx
      .getRepository(PrototypeEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The cohort's prototypes with at least one frozen version, oldest first. */
  submittedOfCohort(cohortId: string, tx?: Tx): Promise<PrototypeEntity[]> {
    return (tx?.getRepository(PrototypeEntity) ?? this.prototypes)
      .createQueryBuilder('p')
      .where('p.cohortId = :cohortId', { cohortId })
      .andWhere('p.currentVersion > 0')
      .orderBy('p.createdAt')
      .addOrderBy('p.id')
      .getMany();
  }

  insert(
    tx: Tx,
    prototype: Pick<PrototypeEntity, 'cohortId' | 'pairId'>,
  ): Promise<PrototypeEntity> {
    return tx.getRepository(PrototypeEntity).save(tx.create(PrototypeEntity, prototype));
  }

  save(tx: Tx, prototype: PrototypeEntity): Promise<PrototypeEntity> {
    return tx.getRepository(PrototypeEntity).save(prototype);
  }

  async insertVersion(tx: Tx, version: NewVersion): Promise<void> {
    await tx.getRepository(PrototypeVersionEntity).save(tx.create(PrototypeVersionEntity, version));
  }

  listVersions(prototypeId: string): Promise<PrototypeVersionEntity[]> {
    return this.versions.find({ where: { prototypeId }, order: { number: 'ASC' } });
  }

  findVersion(prototypeId: string, number: number): Promise<PrototypeVersionEntity | null> {
    return this.versions.findOneBy({ prototypeId, number });
  }

  async insertEvent(tx: Tx, event: NewEvent): Promise<void> {
    await tx.getRepository(PrototypeEventEntity).save(tx.create(PrototypeEventEntity, event));
  }

  listEvents(prototypeId: string): Promise<PrototypeEventEntity[]> {
    return this.events.find({ where: { prototypeId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  attachmentsOf(prototypeIds: string[], tx?: Tx): Promise<PrototypeAttachmentEntity[]> {
    if (!prototypeIds.length) return Promise.resolve([]);
    return (tx?.getRepository(PrototypeAttachmentEntity) ?? this.attachments)
      .createQueryBuilder('a')
      .where('a.prototypeId IN (:...prototypeIds)', { prototypeIds })
      .orderBy('a.createdAt')
      .addOrderBy('a.id')
      .getMany();
  }

  findAttachment(prototypeId: string, id: string): Promise<PrototypeAttachmentEntity | null> {
    return this.attachments.findOneBy({ prototypeId, id });
  }

  /** Whether a frozen version of the prototype lists this attachment. */
  async isInAVersion(prototypeId: string, attachmentId: string): Promise<boolean> {
    return this.versions
      .createQueryBuilder('v')
      .where('v.prototypeId = :prototypeId', { prototypeId })
      .andWhere(`v.content -> 'attachments' @> :needle::jsonb`, {
        needle: JSON.stringify([{ id: attachmentId }]),
      })
      .getExists();
  }

  insertAttachment(tx: Tx, attachment: NewAttachment): Promise<PrototypeAttachmentEntity> {
    return tx
      .getRepository(PrototypeAttachmentEntity)
      .save(tx.create(PrototypeAttachmentEntity, attachment));
  }

  private scoped(scope: RowScope): SelectQueryBuilder<PrototypeEntity> {
    return withinScope(this.prototypes.createQueryBuilder('p'), 'p', scope);
  }
}
