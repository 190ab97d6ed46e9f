import { Injectable } from '@nestjs/common';
import { NotificationOutboxEntity } from '@apprenance/db';
import { Tx } from '../common/database/transaction';
import { JobOutboxRepository } from '../jobs/job-outbox.repository';

export interface Notification {
  recipientId: string;
  /** A key of `MESSAGE_TEMPLATES` (libs/domain): the template that words it. */
  template: string;
  payload: object;
}

/**
 * Messages are queued in the caller's transaction: they go out only if the change commits.
 * Each row asks the worker for its delivery by email, and shows in the recipient's inbox.
 */
@Injectable()
export class OutboxRepository {
  constructor(private readonly jobs: JobOutboxRepository) {}

  async enqueue(tx: Tx, notifications: Notification[]): Promise<void> {
    if (!notifications.length) return;
    const { identifiers } = await tx.getRepository(NotificationOutboxEntity).insert(notifications);
    for (const { id } of identifiers) await this.deliver(tx, String(id), 0);
  }

  /**
   * Asks for one delivery attempt round; `round` names it, so that an admin's retry is new work
   * rather than a no-op on the job id of the round that failed.
   */
  async deliver(tx: Tx, notificationId: string, round: number): Promise<void> {
    const entityId = round ? `${notificationId}.${round}` : notificationId;
    await this.jobs.enqueue(tx, 'mail', { notificationId }, entityId);
  }
}
