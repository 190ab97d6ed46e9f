import { Module } from '@nestjs/common';
import { OutboxRepository } from './outbox.repository';

/** The notification outbox; a sender (email, later) drains rows whose sent_at is null. */
@Module({ providers: [OutboxRepository], exports: [OutboxRepository] })
export class NotificationsModule {}
