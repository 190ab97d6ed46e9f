import type { AttendanceStatus, Phase } from '@apprenance/db';
import { PHASES } from '@apprenance/db';

export interface RateSession {
  id: string;
  phase: Phase;
  dayCount: number;
}

export interface RateRecord {
  sessionId: string;
  participantId: string;
  dayIndex: number;
  status: AttendanceStatus;
}

export interface PhaseRate {
  phase: Phase;
  days: number;
  present: number;
  absent: number;
  excused: number;
  /** present ÷ days of the phase, 0–1; excused days are not counted as attended. */
  rate: number;
}

/**
 * present ÷ days, rounded to 0.1 %; 0 for a phase without any day: nothing was attended, so
 * nothing can be certified as attended.
 */
export function attendanceRate(present: number, days: number): number {
  return days ? Math.round((present / days) * 1000) / 1000 : 0;
}

/** Per-participant, per-phase attendance, over every day of the phase's sessions. */
export function attendanceRates(
  participantIds: string[],
  sessions: RateSession[],
  records: RateRecord[],
): Map<string, PhaseRate[]> {
  const phaseOf = new Map(sessions.map((s) => [s.id, s.phase]));
  const result = new Map<string, PhaseRate[]>();
  for (const participantId of participantIds) {
    const rates = PHASES.map((phase) => {
      const days = sessions.filter((s) => s.phase === phase).reduce((n, s) => n + s.dayCount, 0);
      const mine = records.filter(
        (r) => r.participantId === participantId && phaseOf.get(r.sessionId) === phase,
      );
      const count = (status: AttendanceStatus) => mine.filter((r) => r.status === status).length;
      const present = count('present');
      return {
        phase,
        days,
        present,
        absent: count('absent'),
        excused: count('excused'),
        rate: attendanceRate(present, days),
      };
    });
    result.set(participantId, rates);
  }
  return result;
}
