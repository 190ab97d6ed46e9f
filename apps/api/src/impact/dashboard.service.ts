import { Injectable } from '@nestjs/common';
import { CONVICTION_ITEMS, CourseFormat } from '@apprenance/db';
import { trainedCohortsSql } from '../cohorts/cohort-sql';
import { AuthUser } from '../common/auth/auth-user';
import { csvTable } from '../common/csv/csv-writer';
import { AuditService } from '../audit/audit.service';
import { isForeignKeyViolation } from '../common/database/pg-errors';
import { TransactionRunner } from '../common/database/transaction';
import { DashboardRepository, DashboardScope } from './dashboard.repository';
import {
  ConvictionShiftDto,
  DashboardDto,
  DashboardQueryDto,
  ImpactChart,
  PublicImpactCourseDto,
  StatusSharesDto,
} from './dto/dashboard.dto';
import { courseNotFound, dashboardNotPublic } from './impact.errors';
import { PublicationsRepository } from './publications.repository';
import { SqlParams } from '../common/database/sql-params';

/**
 * Seed 004: of 190 URBACT cities, 21 % adopted their action plan, 27 % were in the process,
 * 18 % about to, 34 % unclear; 48 % had secured funding. Nothing was reported as abandoned.
 */
export const URBACT_BASELINE: StatusSharesDto = {
  adopted: 21,
  inProgress: 27,
  aboutToBeAdopted: 18,
  unclear: 34,
  abandoned: null,
  fundingSecured: 48,
};

const CONVICTION_COLUMNS = [
  'cohortLabel',
  'respondentsBefore',
  'respondentsAfter',
  ...CONVICTION_ITEMS.flatMap((item) => [`${item}Before`, `${item}After`] as const),
] satisfies (keyof ConvictionShiftDto)[];

/** The impact dashboard: for staff over the cohorts they see, and anonymised per course. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly dashboard: DashboardRepository,
    private readonly publications: PublicationsRepository,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  /** Admins: every cohort; trainers: the cohorts they run. */
  forStaff(actor: AuthUser, query: DashboardQueryDto): Promise<DashboardDto> {
    return this.build(staffScope(actor, query));
  }

  async forPublic(courseId: string): Promise<DashboardDto> {
    return this.build(await this.publicScope(courseId));
  }

  async staffCsv(actor: AuthUser, query: DashboardQueryDto, chart: ImpactChart): Promise<string> {
    return this.csv(staffScope(actor, query), chart);
  }

  async publicCsv(courseId: string, chart: ImpactChart): Promise<string> {
    return this.csv(await this.publicScope(courseId), chart);
  }

  publishedCourses(format?: CourseFormat): Promise<PublicImpactCourseDto[]> {
    return this.publications.publishedCourses(format);
  }

  /** Turns the public, anonymised dashboard of a course on or off. */
  async publish(actor: AuthUser, courseId: string, on: boolean): Promise<PublicImpactCourseDto[]> {
    try {
      await this.tx.run(async (tx) => {
        const changed = await this.publications.set(tx, courseId, on, actor.id);
        if (!changed) return;
        await this.audit.record(tx, actor, {
          action: on ? 'impact.publish' : 'impact.unpublish',
          entityType: 'course',
          entityId: courseId,
        });
      });
    } catch (error) {
      if (isForeignKeyViolation(error)) throw courseNotFound(courseId);
      throw error;
    }
    return this.publishedCourses();
  }

  private async publicScope(courseId: string): Promise<DashboardScope> {
    if (!(await this.publications.isPublished(courseId))) throw dashboardNotPublic(courseId);
    return publicCourseScope(courseId);
  }

  private async build(scope: DashboardScope): Promise<DashboardDto> {
    const [adoption, civicTechs, conviction, attendance, certificates] = await Promise.all([
      this.dashboard.adoption(scope),
      this.dashboard.civicTechs(scope),
      this.dashboard.conviction(scope),
      this.dashboard.attendance(scope),
      this.dashboard.certificates(scope),
    ]);
    return {
      baseline: URBACT_BASELINE,
      adoption,
      civicTechs,
      conviction,
      attendance,
      certificates,
    };
  }

  private async csv(scope: DashboardScope, chart: ImpactChart): Promise<string> {
    const table = await this.table(scope, chart);
    return csvTable(table.header, table.rows, { bom: true });
  }

  private async table(
    scope: DashboardScope,
    chart: ImpactChart,
  ): Promise<{ header: string[]; rows: unknown[][] }> {
    if (chart === 'adoption') {
      const rows = await this.dashboard.adoption(scope);
      const shares = Object.keys(URBACT_BASELINE) as (keyof StatusSharesDto)[];
      return {
        header: ['course', 'format', 'milestone_months', 'pairs', ...shares],
        rows: [
          ['URBACT baseline (seed 004)', '', '', 190, ...shares.map((k) => URBACT_BASELINE[k])],
          ...rows.map((r) => [
            r.courseTitleEn,
            r.format,
            r.milestone,
            r.pairs,
            ...shares.map((k) => r[k]),
          ]),
        ],
      };
    }
    if (chart === 'civic-techs') {
      const rows = await this.dashboard.civicTechs(scope);
      return {
        header: ['civic_tech', 'pairs_tested', 'pairs_deployed'],
        rows: rows.map((r) => [r.name, r.tested, r.deployed]),
      };
    }
    if (chart === 'conviction') {
      const rows = await this.dashboard.conviction(scope);
      return {
        header: CONVICTION_COLUMNS,
        rows: rows.map((r) => CONVICTION_COLUMNS.map((k) => r[k])),
      };
    }
    if (chart === 'certificates') {
      const rows = await this.dashboard.certificates(scope);
      return {
        header: ['month', 'certificates_issued'],
        rows: rows.map((r) => [r.month, r.issued]),
      };
    }
    const rows = await this.dashboard.attendance(scope);
    return {
      header: ['phase', 'present', 'recorded', 'rate_percent'],
      rows: rows.map((r) => [r.phase, r.present, r.recorded, r.rate]),
    };
  }
}

/** The cohorts a staff member's dashboard covers: admins all, trainers those they run. */
export function staffScope(
  actor: Pick<AuthUser, 'id' | 'role'>,
  query: DashboardQueryDto,
): DashboardScope {
  const params = new SqlParams();
  const conditions = ['TRUE'];
  if (actor.role !== 'admin') {
    conditions.push(`c.id IN (${trainedCohortsSql(params.add(actor.id))})`);
  }
  if (query.courseId) conditions.push(`co.id = ${params.add(query.courseId)}`);
  if (query.format) conditions.push(`co.format = ${params.add(query.format)}`);
  return { condition: conditions.join(' AND '), params, anonymised: false };
}

/** A course's cohorts, for its anonymised public dashboard. */
export function publicCourseScope(courseId: string): DashboardScope {
  const params = new SqlParams();
  return { condition: `co.id = ${params.add(courseId)}`, params, anonymised: true };
}
