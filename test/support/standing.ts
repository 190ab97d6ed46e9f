import type { AssessmentStatus, AttendanceStatus, Phase, PrototypeStatus } from '@apprenance/db';
import { PHASES } from '@apprenance/db';
import type { DataSource } from 'typeorm';

/**
 * What eligibility reads, written straight into the tables (sessions, attendance, a
 * prototype's status, assessments), so that a test states a participant's standing in a line
 * instead of walking every workflow that leads there.
 */
export class Standing {
  constructor(private readonly db: DataSource) {}

  /** One session per phase with these day counts (0: no session); the session ids by phase. */
  async sessions(cohortId: string, days: number[]): Promise<Map<Phase, string>> {
    const ids = new Map<Phase, string>();
    for (const [i, phase] of PHASES.entries()) {
      if (!days[i]) continue;
      const [row] = await this.db.query(
        `INSERT INTO cohort_sessions (cohort_id, phase, starts_at, ends_at, day_count)
         VALUES ($1, $2, now() - interval '30 days' + $3 * interval '1 day',
                 now() - interval '30 days' + $3 * interval '1 day' + interval '3 hours', $4)
         RETURNING id`,
        [cohortId, phase, i * 7, days[i]],
      );
      ids.set(phase, row.id);
    }
    return ids;
  }

  /** The participant's attendance of a session, day 1 first. */
  async attend(sessionId: string, participantId: string, days: AttendanceStatus[]): Promise<void> {
    for (const [i, status] of days.entries()) {
      await this.db.query(
        `INSERT INTO attendance (session_id, participant_id, day_index, status) VALUES ($1, $2, $3, $4)`,
        [sessionId, participantId, i + 1, status],
      );
    }
  }

  async prototype(cohortId: string, pairId: string, status: PrototypeStatus): Promise<void> {
    await this.db.query(`INSERT INTO prototypes (cohort_id, pair_id, status) VALUES ($1, $2, $3)`, [
      cohortId,
      pairId,
      status,
    ]);
  }

  /** The trainer's statuses of the three phases, null for a phase not assessed. */
  async assess(
    cohortId: string,
    participantId: string,
    statuses: (AssessmentStatus | null)[],
  ): Promise<void> {
    for (const [i, phase] of PHASES.entries()) {
      if (!statuses[i]) continue;
      await this.db.query(
        `INSERT INTO assessments (cohort_id, participant_id, phase, status) VALUES ($1, $2, $3, $4)`,
        [cohortId, participantId, phase, statuses[i]],
      );
    }
  }
}
