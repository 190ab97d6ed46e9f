import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { NotificationOutboxEntity } from '@apprenance/db';
import { IsNull, Repository } from 'typeorm';
import { Tx } from '../common/database/transaction';
import { pageWindow } from '../common/list/list-query.dto';
import { Page } from '../common/list/page';
import { sortColumn } from '../common/list/sort';
import { InboxQueryDto, MessageListQueryDto } from './dto/notification.dto';

const SORTABLE = {
  id: 'n.id',
  createdAt: 'n.createdAt',
  status: 'n.status',
  template: 'n.template',
  attempts: 'n.attempts',
} as const;

@Injectable()
export class NotificationsRepository {
  constructor(
    @InjectRepository(NotificationOutboxEntity)
    private readonly notifications: Repository<NotificationOutboxEntity>,
  ) {}

  /** A person's notifications among `templates` (those the inbox shows), newest first. */
  async inbox(
    recipientId: string,
    templates: string[],
    query: InboxQueryDto,
  ): Promise<Page<NotificationOutboxEntity>> {
    const { skip, take } = pageWindow(query);
    const builder = this.notifications
      .createQueryBuilder('n')
      .where('n.recipientId = :recipientId', { recipientId })
      .andWhere('n.template IN (:...templates)', { templates });
    if (query.unread) builder.andWhere('n.readAt IS NULL');
    builder.orderBy('n.id', 'DESC').skip(skip).take(take);
    const [items, total] = await builder.getManyAndCount();
    return new Page(items, total, skip);
  }

  unreadCount(recipientId: string, templates: string[]): Promise<number> {
    return this.notifications
      .createQueryBuilder('n')
      .where('n.recipientId = :recipientId AND n.readAt IS NULL', { recipientId })
      .andWhere('n.template IN (:...templates)', { templates })
      .getCount();
  }

  /** Marks read the person's own notifications among `ids` (all unread ones when omitted). */
  async markRead(recipientId: string, ids?: string[]): Promise<number> {
    if (ids?.length === 0) return 0;
    const builder = this.notifications
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'now()' })
      .where({ recipientId, readAt: IsNull() });
    if (ids) builder.andWhere('id IN (:...ids)', { ids });
    return (await builder.execute()).affected ?? 0;
  }

  async list(query: MessageListQueryDto): Promise<Page<NotificationOutboxEntity>> {
    const { skip, take } = pageWindow(query);
    const builder = this.notifications.createQueryBuilder('n');
    if (query.status) builder.andWhere('n.status = :status', query);
    if (query.recipientId) builder.andWhere('n.recipientId = :recipientId', query);
    builder
      .orderBy(sortColumn(query._sort, SORTABLE, 'id'), query._order)
      .addOrderBy('n.id')
      .skip(skip)
      .take(take);
    const [items, total] = await builder.getManyAndCount();
    return new Page(items, total, skip);
  }

  findForUpdate(tx: Tx, id: string): Promise<NotificationOutboxEntity | null> {
    return tx
      .getRepository(NotificationOutboxEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async requeue(tx: Tx, id: string): Promise<void> {
    await tx.update(NotificationOutboxEntity, { id }, { status: 'pending' });
  }
}
