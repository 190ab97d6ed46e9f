import { Injectable } from '@nestjs/common';
import { NotificationOutboxEntity } from '@apprenance/db';
import {
  MESSAGE_TEMPLATES,
  MessagePayload,
  messageLink,
  messageWording,
  templateOf,
} from '@apprenance/domain';
import { AuthUser } from '../common/auth/auth-user';
import { TransactionRunner } from '../common/database/transaction';
import { Page } from '../common/list/page';
import { AuditService } from '../audit/audit.service';
import {
  InboxItemDto,
  InboxQueryDto,
  MessageDto,
  MessageListQueryDto,
  toMessageDto,
} from './dto/notification.dto';
import * as errors from './notifications.errors';
import { NotificationsRepository } from './notifications.repository';
import { OutboxRepository } from './outbox.repository';

/** The templates the in-app inbox shows: account links are for email only. */
const INBOX_TEMPLATES = Object.keys(MESSAGE_TEMPLATES).filter(
  (key) => MESSAGE_TEMPLATES[key].inbox,
);

/** The in-app inbox of each person, and the delivery list admins follow and retry. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly outbox: OutboxRepository,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  async inbox(actor: AuthUser, query: InboxQueryDto): Promise<Page<InboxItemDto>> {
    const page = await this.notifications.inbox(actor.id, INBOX_TEMPLATES, query);
    return page.map((row) => this.toInboxItem(row, query));
  }

  async unreadCount(actor: AuthUser): Promise<number> {
    return this.notifications.unreadCount(actor.id, INBOX_TEMPLATES);
  }

  async markRead(actor: AuthUser, ids?: string[]): Promise<void> {
    await this.notifications.markRead(actor.id, ids);
  }

  async list(query: MessageListQueryDto): Promise<Page<MessageDto>> {
    return (await this.notifications.list(query)).map(toMessageDto);
  }

  /** Sends a failed message again, with all its attempts; a sent one never goes twice. */
  async retry(actor: AuthUser, id: string): Promise<void> {
    await this.tx.run(async (tx) => {
      const row = await this.notifications.findForUpdate(tx, id);
      if (!row) throw errors.messageNotFound(id);
      if (row.status !== 'failed') throw errors.messageNotFailed();
      await this.notifications.requeue(tx, id);
      // Each failed round made attempts; their count names the new round's job.
      await this.outbox.deliver(tx, id, row.attempts);
      await this.audit.record(tx, actor, {
        action: 'message.retry',
        entityType: 'message',
        entityId: id,
        changes: { status: ['failed', 'pending'] },
      });
    });
  }

  private toInboxItem(row: NotificationOutboxEntity, query: InboxQueryDto): InboxItemDto {
    const payload = row.payload as MessagePayload;
    const wording = messageWording(row.template, query.locale, payload);
    return {
      id: row.id,
      template: row.template,
      category: templateOf(row.template).category,
      subject: wording.subject,
      text: wording.paragraphs.join('\n\n'),
      link: messageLink(row.template, payload, ''),
      createdAt: row.createdAt,
      readAt: row.readAt,
    };
  }
}
