import { Injectable } from '@nestjs/common';
import { CONVICTION_ITEMS, STRATEGY_STATUSES } from '@apprenance/db';
import { DataSource } from 'typeorm';
import { validCertificatesSql } from '../certificates/certificate-sql';
import { civicTechNamesSql } from '../civic-techs/civic-tech-sql';
import { cohortFactsSql } from '../cohorts/cohort-sql';
import { courseFactsSql } from '../courses/course-sql';
import { attendanceDaysSql } from '../sessions/attendance-sql';
import { testedToolsSql } from '../test-logs/test-log-sql';
import {
  AdoptionRowDto,
  CertificatesMonthDto,
  CivicTechUseDto,
  ConvictionShiftDto,
  PhaseAttendanceDto,
} from './dto/dashboard.dto';
import { SqlParams } from '../common/database/sql-params';

/**
 * Which cohorts a dashboard covers, as SQL on cohort `c` (its course `co`) with its parameters,
 * and whether it is the public, anonymised view.
 */
export interface DashboardScope {
  condition: string;
  params: SqlParams;
  anonymised: boolean;
}

/** Groups smaller than this many pairs are withheld from the public view. */
export const MIN_PUBLIC_PAIRS = 3;
/** How many cohorts the conviction chart shows: the latest ones, for a readable chart. */
export const CONVICTION_COHORTS = 20;
/** Data about people rather than pairs: as many people as that many pairs hold. */
const ENOUGH_PEOPLE = `COUNT(DISTINCT a.participant_id) >= ${2 * MIN_PUBLIC_PAIRS}`;

const camel = (snake: string) =>
  snake.replace(/_(\w)/g, (_, letter: string) => letter.toUpperCase());
const percent = (part: string, whole: string) =>
  `ROUND(100.0 * ${part} / NULLIF(${whole}, 0), 1)::float`;
const snake = (item: string) => item.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/**
 * The impact dashboard's aggregates, each one SQL statement grouped in Postgres; cohorts,
 * courses, attendance, test logs and the catalogue come from their owners' exported subqueries.
 */
@Injectable()
export class DashboardRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Status and funding shares per course, format and milestone. */
  async adoption(scope: DashboardScope): Promise<AdoptionRowDto[]> {
    const shares = STRATEGY_STATUSES.map(
      (status) =>
        `${percent(`COUNT(*) FILTER (WHERE f.status = '${status}')`, 'COUNT(*)')} AS "${camel(status)}"`,
    );
    const rows: (AdoptionRowDto & { pairs: number })[] = await this.dataSource.query(
      `SELECT co.id AS "courseId", co.title_fr AS "courseTitleFr", co.title_en AS "courseTitleEn",
              co.format, f.milestone, COUNT(*)::int AS pairs, ${shares.join(', ')},
              ${percent('COUNT(*) FILTER (WHERE f.funding_secured)', 'COUNT(*)')} AS "fundingSecured"
         FROM strategy_follow_ups f
         JOIN (${cohortFactsSql}) c ON c.id = f.cohort_id
         JOIN (${courseFactsSql}) co ON co.id = c.course_id
        WHERE ${scope.condition}
        GROUP BY co.id, co.title_fr, co.title_en, co.format, f.milestone
        ORDER BY co.title_en, co.id, f.milestone`,
      scope.params.values,
    );
    return rows.map((row) => withheld(row, scope.anonymised && row.pairs < MIN_PUBLIC_PAIRS));
  }

  /**
   * Tools by pairs that tested them in phase 2, beside pairs that deployed them afterwards. The
   * scope is inlined in both counts (not materialised) so that a course's or a trainer's few
   * cohorts are found through the cohort indexes rather than by hashing every test.
   */
  async civicTechs(scope: DashboardScope, limit = 10): Promise<CivicTechUseDto[]> {
    const floor = scope.anonymised ? MIN_PUBLIC_PAIRS : 1;
    return this.dataSource.query(
      `WITH scoped AS NOT MATERIALIZED (SELECT c.id FROM (${cohortFactsSql}) c
                         JOIN (${courseFactsSql}) co ON co.id = c.course_id
                        WHERE ${scope.condition}),
            tested AS (SELECT t.civic_tech_id, COUNT(DISTINCT t.pair_id)::int AS pairs
                         FROM (${testedToolsSql}) t JOIN scoped ON scoped.id = t.cohort_id
                        GROUP BY t.civic_tech_id),
            deployed AS (SELECT d.civic_tech_id, COUNT(DISTINCT f.pair_id)::int AS pairs
                           FROM strategy_follow_ups f JOIN scoped ON scoped.id = f.cohort_id
                           JOIN follow_up_civic_techs d ON d.follow_up_id = f.id
                          GROUP BY d.civic_tech_id)
       SELECT ct.id AS "civicTechId", ct.name,
              COALESCE(tested.pairs, 0) AS tested, COALESCE(deployed.pairs, 0) AS deployed
         FROM (${civicTechNamesSql}) ct
         LEFT JOIN tested ON tested.civic_tech_id = ct.id
         LEFT JOIN deployed ON deployed.civic_tech_id = ct.id
        WHERE GREATEST(tested.pairs, deployed.pairs) >= ${floor}
        ORDER BY tested DESC, deployed DESC, ct.name
        LIMIT ${limit}`,
      scope.params.values,
    );
  }

  /**
   * Mean ratings before and after, per cohort (the most recent first, at most
   * CONVICTION_COHORTS), with how many answered each time.
   */
  async conviction(scope: DashboardScope): Promise<ConvictionShiftDto[]> {
    const means = CONVICTION_ITEMS.flatMap((item) =>
      (['before', 'after'] as const).map(
        (moment) =>
          `ROUND(AVG(a.${snake(item)}) FILTER (WHERE a.moment = '${moment}'), 2)::float AS "${item}${moment === 'before' ? 'Before' : 'After'}"`,
      ),
    );
    const label = scope.anonymised ? `to_char(c.starts_on, 'YYYY-MM')` : 'c.name';
    return this.dataSource.query(
      `SELECT ${scope.anonymised ? 'NULL' : 'c.id'} AS "cohortId", COALESCE(${label}, '') AS "cohortLabel",
              COUNT(*) FILTER (WHERE a.moment = 'before')::int AS "respondentsBefore",
              COUNT(*) FILTER (WHERE a.moment = 'after')::int AS "respondentsAfter",
              ${means.join(', ')}
         FROM conviction_answers a
         JOIN (${cohortFactsSql}) c ON c.id = a.cohort_id
         JOIN (${courseFactsSql}) co ON co.id = c.course_id
        WHERE ${scope.condition}
        GROUP BY c.id, c.name, c.starts_on
        ${scope.anonymised ? `HAVING ${ENOUGH_PEOPLE}` : ''}
        ORDER BY c.starts_on DESC NULLS LAST, c.name, c.id
        LIMIT ${CONVICTION_COHORTS}`,
      scope.params.values,
    );
  }

  /** Share of participant-days present, per phase. */
  async attendance(scope: DashboardScope): Promise<PhaseAttendanceDto[]> {
    return this.dataSource.query(
      `SELECT a.phase::text AS phase,
              COUNT(*) FILTER (WHERE a.status = 'present')::int AS present,
              COUNT(*)::int AS recorded,
              ${percent(`COUNT(*) FILTER (WHERE a.status = 'present')`, 'COUNT(*)')} AS rate
         FROM (${attendanceDaysSql}) a
         JOIN (${cohortFactsSql}) c ON c.id = a.cohort_id
         JOIN (${courseFactsSql}) co ON co.id = c.course_id
        WHERE ${scope.condition}
        GROUP BY a.phase
        ${scope.anonymised ? `HAVING ${ENOUGH_PEOPLE}` : ''}
        ORDER BY a.phase`,
      scope.params.values,
    );
  }

  /**
   * Valid certificates per month of issue (in each cohort's time zone). The public view leaves
   * out a month with fewer certificates than MIN_PUBLIC_PAIRS pairs hold people.
   */
  async certificates(scope: DashboardScope): Promise<CertificatesMonthDto[]> {
    return this.dataSource.query(
      `SELECT to_char(ce.issued_at AT TIME ZONE c.time_zone, 'YYYY-MM') AS month,
              COUNT(*)::int AS issued
         FROM (${validCertificatesSql}) ce
         JOIN (${cohortFactsSql}) c ON c.id = ce.cohort_id
         JOIN (${courseFactsSql}) co ON co.id = c.course_id
        WHERE ${scope.condition}
        GROUP BY 1
        ${scope.anonymised ? `HAVING COUNT(*) >= ${2 * MIN_PUBLIC_PAIRS}` : ''}
        ORDER BY 1`,
      scope.params.values,
    );
  }
}

/** A row whose shares are withheld (null) when its group is too small to show. */
function withheld(row: AdoptionRowDto, suppress: boolean): AdoptionRowDto {
  if (!suppress) return { ...row, suppressed: false };
  const hidden = { fundingSecured: null, pairs: null } as Record<string, null>;
  for (const status of STRATEGY_STATUSES) hidden[camel(status)] = null;
  return { ...row, ...hidden, suppressed: true };
}
