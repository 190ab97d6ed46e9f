import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AssessmentEntity } from '@apprenance/db';
import type { PhaseStanding } from '@apprenance/domain';
import { EntityManager, Repository } from 'typeorm';
import { cohortCourseSql } from '../cohorts/cohort-sql';
import { courseRulesSql } from '../courses/course-sql';
import { enrolledMembersSql } from '../pairs/pair-sql';
import { prototypeStatusesSql } from '../prototypes/prototype-sql';
import { phaseDaysSql, presentDaysSql } from '../sessions/attendance-sql';
import { displayNameSql } from '../users/user-sql';

/** What eligibility needs of one enrolled participant, read in one statement. */
export interface StandingRow {
  participantId: string;
  pairId: string;
  displayName: string;
  minimumPercent: number;
  requireAcceptedPrototype: boolean;
  prototypeStatus: string | null;
  phases: PhaseStanding[];
}

/**
 * One statement for a whole cohort, whatever its size: each owning feature lends its
 * subquery (members, rules, days, presence, prototypes), this feature adds its assessments.
 * `$2` restricts it to one participant.
 */
const STANDINGS_SQL = `
WITH rules AS (${courseRulesSql(cohortCourseSql('$1'))}),
     members AS (${enrolledMembersSql('$1')}),
     phase_days AS (${phaseDaysSql('$1')}),
     present_days AS (${presentDaysSql('$1')}),
     pair_prototype AS (${prototypeStatusesSql('$1')}),
     assessed AS (SELECT participant_id, phase, status FROM assessments WHERE cohort_id = $1)
SELECT m.participant_id AS "participantId",
       m.pair_id AS "pairId",
       (${displayNameSql('m.participant_id')}) AS "displayName",
       r.min_attendance_percent AS "minimumPercent",
       r.require_accepted_prototype AS "requireAcceptedPrototype",
       pp.status AS "prototypeStatus",
       json_agg(json_build_object(
         'phase', ph.phase,
         'days', COALESCE(d.days, 0),
         'present', COALESCE(pd.present, 0),
         'status', a.status
       ) ORDER BY ph.phase) AS phases
  FROM members m
 CROSS JOIN rules r
 CROSS JOIN unnest(enum_range(NULL::course_phase)) AS ph(phase)
  LEFT JOIN phase_days d ON d.phase = ph.phase
  LEFT JOIN present_days pd ON pd.participant_id = m.participant_id AND pd.phase = ph.phase
  LEFT JOIN assessed a ON a.participant_id = m.participant_id AND a.phase = ph.phase
  LEFT JOIN pair_prototype pp ON pp.pair_id = m.pair_id
 WHERE $2::uuid IS NULL OR m.participant_id = $2::uuid
 GROUP BY m.participant_id, m.pair_id, m.pair_created_at, m.member_order,
          r.min_attendance_percent, r.require_accepted_prototype, pp.status
 ORDER BY m.pair_created_at, m.pair_id, m.member_order`;

@Injectable()
export class EligibilityRepository {
  constructor(
    @InjectRepository(AssessmentEntity)
    private readonly assessments: Repository<AssessmentEntity>,
  ) {}

  /** The enrolled participants of the cohort (or the one given), in enrolment order. */
  standings(
    cohortId: string,
    participantId: string | null,
    manager?: EntityManager,
  ): Promise<StandingRow[]> {
    return (manager ?? this.assessments.manager).query(STANDINGS_SQL, [cohortId, participantId]);
  }
}
