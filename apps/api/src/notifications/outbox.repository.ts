import { Injectable } from '@nestjs/common';
import { WithQuery } from '../common/database/sql-params';
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

  /**
   * The rows, their mail jobs (first round, named by the row) and the relay's wake-up in one
   * statement, which also carries `also` (another feature's writes of the same change).
   */
  async enqueue(tx: Tx, notifications: Notification[], also: WithQuery[] = []): Promise<void> {
    if (!notifications.length && !also.length) return;
    const queued: WithQuery = (params) =>
      `queued AS (
         INSERT INTO notification_outbox (recipient_id, template, payload)
         SELECT recipient_id, template, payload
           FROM json_to_recordset(${params.add(
             JSON.stringify(
               notifications.map(({ recipientId, template, payload }) => ({
                 recipient_id: recipientId,
                 template,
                 payload,
               })),
             ),
           )}::json) AS n(recipient_id uuid, template text, payload jsonb)
         RETURNING id)`;
    await this.jobs.enqueueFrom(
      tx,
      'mail',
      [queued, ...also],
      `SELECT id::text AS entity_id, jsonb_build_object('notificationId', id::text) AS payload
         FROM queued`,
    );
  }

  /**
   * Asks for one delivery attempt round; `round` names it, so that an admin's retry is new work
   * rather than a no-op on the job id of the round that failed.
   */
  async deliver(tx: Tx, notificationId: string, round: number): Promise<void> {
    // Round 0 is the first delivery, named by the row as in `enqueue`.
    const entityId = round ? `${notificationId}.${round}` : notificationId;
    await this.jobs.enqueueMany(tx, 'mail', [{ payload: { notificationId }, entityId }]);
  }
}
