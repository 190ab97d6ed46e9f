import { Injectable } from '@nestjs/common';
import { FOLLOW_UP_OVERDUE_AFTER_DAYS } from '@apprenance/domain';
import { DataSource, EntityManager } from 'typeorm';
import { WorkerJobOutbox } from '../jobs/worker-job-outbox.repository';

/**
 * Each reminder: the template, the key that names it (so that runs never write it twice), the
 * recipients it goes to (SQL over `now` = $1, giving recipient_id, dedupe and payload).
 */
const REMINDERS: { template: string; recipients: string }[] = [
  {
    // Members of enrolled pairs who have not answered "before", until the first day ends.
    template: 'conviction.before',
    recipients: `
      SELECT m.user_id AS recipient_id,
             concat_ws(':', 'conviction.before', c.id, m.user_id) AS dedupe,
             jsonb_build_object('cohortId', c.id, 'cohortName', c.name, 'moment', 'before') AS payload
        FROM cohorts c
        JOIN cohort_pairs p ON p.cohort_id = c.id AND p.status = 'enrolled'
        CROSS JOIN LATERAL (VALUES (p.political_id), (p.technical_id)) AS m(user_id)
       WHERE c.status IN ('open', 'running')
         AND (c.starts_on IS NULL OR $1 < ((c.starts_on + 1)::timestamp AT TIME ZONE c.time_zone))
         AND NOT EXISTS (SELECT 1 FROM conviction_answers a
                          WHERE a.cohort_id = c.id AND a.participant_id = m.user_id
                            AND a.moment = 'before')`,
  },
  {
    // From the last day of training until the 3-month follow-up falls due.
    template: 'conviction.after',
    recipients: `
      SELECT m.user_id AS recipient_id,
             concat_ws(':', 'conviction.after', c.id, m.user_id) AS dedupe,
             jsonb_build_object('cohortId', c.id, 'cohortName', c.name, 'moment', 'after') AS payload
        FROM cohorts c
        JOIN cohort_pairs p ON p.cohort_id = c.id AND p.status = 'enrolled'
        CROSS JOIN LATERAL (VALUES (p.political_id), (p.technical_id)) AS m(user_id)
       WHERE c.status <> 'cancelled' AND c.ends_on IS NOT NULL
         AND $1 >= (c.ends_on::timestamp AT TIME ZONE c.time_zone)
         AND $1 < ((c.ends_on + interval '3 months') AT TIME ZONE c.time_zone)
         AND NOT EXISTS (SELECT 1 FROM conviction_answers a
                          WHERE a.cohort_id = c.id AND a.participant_id = m.user_id
                            AND a.moment = 'after')`,
  },
  {
    // Each milestone from the day it falls due until it is overdue, while nobody recorded it.
    template: 'follow_up.due',
    recipients: `
      SELECT m.user_id AS recipient_id,
             concat_ws(':', 'follow_up.due', p.id, ms.months, m.user_id) AS dedupe,
             jsonb_build_object('cohortId', c.id, 'cohortName', c.name, 'pairId', p.id,
                                'milestone', ms.months) AS payload
        FROM cohorts c
        CROSS JOIN (VALUES (3), (6), (12)) AS ms(months)
        JOIN cohort_pairs p ON p.cohort_id = c.id AND p.status = 'enrolled'
        CROSS JOIN LATERAL (VALUES (p.political_id), (p.technical_id)) AS m(user_id)
       WHERE c.status <> 'cancelled' AND c.ends_on IS NOT NULL
         AND $1 >= ((c.ends_on + make_interval(months => ms.months)) AT TIME ZONE c.time_zone)
         AND $1 < ((c.ends_on + make_interval(months => ms.months, days => ${FOLLOW_UP_OVERDUE_AFTER_DAYS}))
                   AT TIME ZONE c.time_zone)
         AND NOT EXISTS (SELECT 1 FROM strategy_follow_ups f
                          WHERE f.pair_id = p.id AND f.milestone = ms.months)`,
  },
];

/**
 * Writes the conviction questionnaires (at enrolment, at the end) and the strategy follow-ups
 * (3, 6 and 12 months after the end, in the cohort's time zone) that fall due, to the pair's
 * members, and asks for their mailing. Computed from the current data at each hourly run; each
 * message is named by its subject and person, so a second run (or a second worker) writes
 * nothing new.
 */
@Injectable()
export class ImpactReminders {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: WorkerJobOutbox,
  ) {}

  /** Returns how many messages it wrote. */
  run(now = new Date()): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      let written = 0;
      for (const reminder of REMINDERS) {
        for (const notificationId of await write(tx, reminder, now)) {
          await this.jobs.enqueue(tx, 'mail', { notificationId }, notificationId);
          written += 1;
        }
      }
      return written;
    });
  }
}

async function write(
  tx: EntityManager,
  reminder: (typeof REMINDERS)[number],
  now: Date,
): Promise<string[]> {
  const rows: { id: string }[] = await tx.query(
    `INSERT INTO notification_outbox (recipient_id, template, payload, dedupe_key)
     SELECT r.recipient_id, $2, r.payload, r.dedupe FROM (${reminder.recipients}) r
     ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
     RETURNING id`,
    [now, reminder.template],
  );
  return rows.map((row) => String(row.id));
}
