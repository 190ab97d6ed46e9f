import { Injectable } from '@nestjs/common';
import type { Locale } from '@apprenance/db';
import { DataSource, EntityManager } from 'typeorm';

/** A notification to mail, with what its recipient's account says about how. */
export interface MailDelivery {
  id: string;
  template: string;
  payload: Record<string, unknown>;
  status: 'pending' | 'sent' | 'failed' | 'skipped';
  email: string;
  displayName: string;
  locale: Locale;
  emailOptOut: string[];
}

export type DeliveryOutcome =
  | { kind: 'unchanged' }
  | { kind: 'sent' }
  | { kind: 'skipped' }
  | { kind: 'failed'; error: string; final: boolean };

/**
 * The worker's side of notification_outbox. A delivery runs in one transaction holding the
 * row's lock, so that two attempts of one message never send it twice; only a crash between
 * the SMTP server's acceptance and the commit resends it, with the same Message-ID.
 */
@Injectable()
export class MailDeliveries {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs `work` with the locked row (null if it is gone), then records its outcome. */
  deliver<T>(
    notificationId: string,
    work: (delivery: MailDelivery | null) => Promise<{ outcome: DeliveryOutcome; result: T }>,
  ): Promise<T> {
    return this.dataSource.transaction(async (tx) => {
      const delivery = await lock(tx, notificationId);
      const { outcome, result } = await work(delivery);
      if (delivery) await record(tx, delivery, outcome);
      return result;
    });
  }
}

async function lock(tx: EntityManager, id: string): Promise<MailDelivery | null> {
  const rows: MailDelivery[] = await tx.query(
    `SELECT n.id, n.template, n.payload, n.status, u.email, u.display_name AS "displayName",
            u.locale, u.email_opt_out AS "emailOptOut"
       FROM notification_outbox n JOIN users u ON u.id = n.recipient_id
      WHERE n.id = $1 FOR UPDATE OF n`,
    [id],
  );
  return rows[0] ?? null;
}

async function record(tx: EntityManager, delivery: MailDelivery, outcome: DeliveryOutcome) {
  if (outcome.kind === 'unchanged') return;
  if (outcome.kind === 'skipped') {
    await tx.query(`UPDATE notification_outbox SET status = 'skipped' WHERE id = $1`, [
      delivery.id,
    ]);
    return;
  }
  if (outcome.kind === 'sent') {
    // A link's token is needed only until it is mailed; the sent row keeps no usable secret.
    await tx.query(
      `UPDATE notification_outbox
          SET status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = NULL,
              payload = payload - 'token'
        WHERE id = $1`,
      [delivery.id],
    );
    return;
  }
  await tx.query(
    `UPDATE notification_outbox
        SET status = $2, attempts = attempts + 1, last_error = $3
      WHERE id = $1`,
    [delivery.id, outcome.final ? 'failed' : 'pending', outcome.error.slice(0, 2000)],
  );
}
