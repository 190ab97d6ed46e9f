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
    // One insert and one wake-up of the relay for all of them (a pair's two members, say).
    await this.jobs.enqueueMany(
      tx,
      'mail',
      identifiers.map(({ id }) => mailJob(String(id), 0)),
    );
  }

  /**
   * Asks for one delivery attempt round; `round` names it, so that an admin's retry is new work
   * rather than a no-op on the job id of the round that failed.
   */
  async deliver(tx: Tx, notificationId: string, round: number): Promise<void> {
    await this.jobs.enqueueMany(tx, 'mail', [mailJob(notificationId, round)]);
  }
}

/** The mail job of a notification's delivery round (round 0: the first, named by the row). */
function mailJob(notificationId: string, round: number) {
  const entityId = round ? `${notificationId}.${round}` : notificationId;
  return { payload: { notificationId }, entityId };
}
