import { Injectable } from '@nestjs/common';
import { NotificationOutboxEntity } from '@apprenance/db';
import { Tx } from '../common/database/transaction';

export interface Notification {
  recipientId: string;
  template: string;
  payload: object;
}

/** Messages are queued in the caller's transaction: they go out only if the change commits. */
@Injectable()
export class OutboxRepository {
  async enqueue(tx: Tx, notifications: Notification[]): Promise<void> {
    if (!notifications.length) return;
    await tx.getRepository(NotificationOutboxEntity).insert(notifications);
  }
}
