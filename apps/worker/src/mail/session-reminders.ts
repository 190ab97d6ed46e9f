import { Injectable } from '@nestjs/common';
import { isReminderDue } from '@apprenance/domain';
import { DataSource, EntityManager } from 'typeorm';
import { WorkerJobOutbox } from '../jobs/worker-job-outbox.repository';

interface UpcomingSession {
  id: string;
  startsAt: Date;
  venue: string | null;
  onlineUrl: string | null;
  cohortId: string;
  cohortName: string;
  timeZone: string;
}

/**
 * Writes the reminder of each session starting tomorrow (in its cohort's time zone) to the
 * members of the cohort's enrolled pairs. Computed from the current data at each hourly run: a
 * moved session is reminded at its new date, a withdrawn pair is not reminded at all. A reminder
 * is named by session, start and person, so that runs never write it twice.
 */
@Injectable()
export class SessionReminders {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: WorkerJobOutbox,
  ) {}

  /** Returns how many reminders it wrote. */
  run(now = new Date()): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      let written = 0;
      for (const session of await upcoming(tx, now)) {
        if (!isReminderDue(session.startsAt, session.timeZone, now)) continue;
        for (const notificationId of await writeReminders(tx, session)) {
          await this.jobs.enqueue(tx, 'mail', { notificationId }, notificationId);
          written += 1;
        }
      }
      return written;
    });
  }
}

/** Sessions of running or open cohorts that start within two days. */
function upcoming(tx: EntityManager, now: Date): Promise<UpcomingSession[]> {
  return tx.query(
    `SELECT s.id, s.starts_at AS "startsAt", s.venue, s.online_url AS "onlineUrl",
            c.id AS "cohortId", c.name AS "cohortName", c.time_zone AS "timeZone"
       FROM cohort_sessions s JOIN cohorts c ON c.id = s.cohort_id
      WHERE c.status IN ('open', 'running')
        AND s.starts_at > $1 AND s.starts_at <= $1::timestamptz + interval '2 days'`,
    [now],
  );
}

async function writeReminders(tx: EntityManager, session: UpcomingSession): Promise<string[]> {
  const payload = {
    cohortId: session.cohortId,
    cohortName: session.cohortName,
    sessionId: session.id,
    startsAt: session.startsAt.toISOString(),
    timeZone: session.timeZone,
    venue: session.venue,
    onlineUrl: session.onlineUrl,
  };
  const rows: { id: string }[] = await tx.query(
    `INSERT INTO notification_outbox (recipient_id, template, payload, dedupe_key)
     SELECT m.user_id, 'session.reminder', $1::jsonb, concat_ws(':', 'session.reminder', $2::text, $3::text, m.user_id)
       FROM cohort_pairs p
       CROSS JOIN LATERAL (VALUES (p.political_id), (p.technical_id)) AS m(user_id)
      WHERE p.cohort_id = $4 AND p.status = 'enrolled'
     ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
     RETURNING id`,
    [payload, session.id, payload.startsAt, session.cohortId],
  );
  return rows.map((row) => String(row.id));
}
