import { SqlFragment } from '../common/database/sql-fragment';

/** Days of each phase's sessions in the cohort `param`: `phase`, `days`. */
export const phaseDaysSql: SqlFragment = (param) =>
  `SELECT phase, SUM(day_count)::int AS days
     FROM cohort_sessions WHERE cohort_id = ${param} GROUP BY phase`;

/**
 * Days each participant was present, per phase of the cohort `param`: `participant_id`,
 * `phase`, `present`; rated by phaseRate (libs/domain).
 */
export const presentDaysSql: SqlFragment = (param) =>
  `SELECT a.participant_id, s.phase, COUNT(*)::int AS present
     FROM attendance a JOIN cohort_sessions s ON s.id = a.session_id
    WHERE s.cohort_id = ${param} AND a.status = 'present'
    GROUP BY a.participant_id, s.phase`;

/**
 * Every recorded participant-day of every cohort: `cohort_id`, `phase`, `participant_id`,
 * `status` (reports over many cohorts group it themselves).
 */
export const attendanceDaysSql = `SELECT s.cohort_id, s.phase, a.participant_id, a.status
     FROM attendance a JOIN cohort_sessions s ON s.id = a.session_id`;
