import { Injectable } from '@nestjs/common';
import { CohortEntity } from '@apprenance/db';
import { Tx } from '../common/database/transaction';
import { csvTable } from '../common/csv/csv-writer';
import { AuthUser } from '../common/auth/auth-user';
import { CohortAccess } from '../cohorts/cohort-access';
import * as errors from '../cohorts/cohorts.errors';
import {
  ApplicationReceiptDto,
  EnrolPairDto,
  ImportReportDto,
  PairApplicationDto,
  PairDto,
  PairMemberDto,
} from './dto/pair.dto';
import { ApplicantAccounts } from './applicant-accounts';
import { ApplicationsService } from './applications.service';
import { EnrolmentService } from './enrolment.service';
import {
  CsvEncodingError,
  decodeCsv,
  LineProblem,
  PAIR_MEMBER_CSV_COLUMNS,
  PairRow,
  parsePairCsv,
  problemFields,
} from './pair-csv';
import { hasProblems } from '@apprenance/domain';
import { ImportDryRun } from './import-dry-run';
import { PairMember, PairsRepository, PairView } from './pairs.repository';

@Injectable()
export class PairsService {
  constructor(
    private readonly pairs: PairsRepository,
    private readonly access: CohortAccess,
    private readonly enrolment: EnrolmentService,
    private readonly applications: ApplicationsService,
    private readonly applicants: ApplicantAccounts,
    private readonly dryRuns: ImportDryRun,
  ) {}

  /** Trainers see every pair with emails; participants see the enrolled pairs of their cohort. */
  async list(actor: AuthUser, cohortId: string): Promise<PairDto[]> {
    const pairs = await this.pairs.roster(actor, cohortId);
    if (!pairs) throw errors.cohortNotFound(cohortId);
    const withEmails = actor.role !== 'participant';
    return pairs.map((pair) => toPairDto(pair, withEmails));
  }

  async enrol(actor: AuthUser, cohortId: string, input: EnrolPairDto): Promise<PairDto> {
    return toPairDto(await this.enrolment.enrol(actor, cohortId, input), true);
  }

  /** The same receipt whether or not the application clashed with existing accounts. */
  async apply(cohortId: string, input: PairApplicationDto): Promise<ApplicationReceiptDto> {
    await this.applications.apply(cohortId, input);
    return {
      status: 'received',
      message: 'Your application has been received; the trainers will reply by email.',
    };
  }

  async accept(actor: AuthUser, cohortId: string, pairId: string): Promise<PairDto> {
    return toPairDto(await this.applications.accept(actor, cohortId, pairId), true);
  }

  async decline(actor: AuthUser, cohortId: string, pairId: string): Promise<PairDto> {
    return toPairDto(await this.applications.decline(actor, cohortId, pairId), true);
  }

  async withdraw(actor: AuthUser, cohortId: string, pairId: string): Promise<PairDto> {
    return toPairDto(await this.enrolment.withdraw(actor, cohortId, pairId), true);
  }

  /**
   * Imports pairs from a CSV file, all or nothing: every line is checked (file rules, then
   * the same rules as an enrolment, in file order) inside one transaction that commits only
   * when no line has a problem. A dry run reports the same without writing anything.
   */
  async import(
    actor: AuthUser,
    cohortId: string,
    bytes: Buffer,
    dryRun: boolean,
  ): Promise<ImportReportDto> {
    await this.access.manageable(actor, cohortId);
    let decoded: ReturnType<typeof decodeCsv>;
    try {
      decoded = decodeCsv(bytes);
    } catch (error) {
      if (error instanceof CsvEncodingError) throw errors.csvEncoding(error);
      throw error;
    }
    const parsed = parsePairCsv(decoded.text);
    const inOrder = (problems: LineProblem[]) =>
      [...parsed.problems, ...problems].sort((a, b) => a.line - b.line);
    const report = (enrolled: number, problems: LineProblem[]): ImportReportDto => ({
      dryRun,
      encoding: decoded.encoding,
      pairs: parsed.rows.length,
      enrolled,
      waitlisted: parsed.rows.length - enrolled,
      errors: problemFields(inOrder(problems)),
    });
    return this.enrolment.write(async (tx) => {
      const cohort = await this.enrolment.lockActive(tx, cohortId);
      if (dryRun) {
        const checked = await this.dryRuns.check(tx, cohort, parsed.rows);
        return report(checked.enrolled, checked.problems);
      }
      const problems: LineProblem[] = [];
      let enrolled = 0;
      for (const row of parsed.rows) {
        const rowProblems = await this.importRow(tx, actor, cohort, row);
        problems.push(...rowProblems.problems);
        if (rowProblems.status === 'enrolled') enrolled++;
      }
      if (problems.length || parsed.problems.length) throw errors.csvProblems(inOrder(problems));
      return report(enrolled, problems);
    });
  }

  async rosterCsv(actor: AuthUser, cohortId: string): Promise<string> {
    await this.access.manageable(actor, cohortId);
    // A manager sees every pair of the cohort, as the roster shows them.
    const pairs = (await this.pairs.roster(actor, cohortId)) ?? [];
    const rows = pairs.map((pair) => [
      pair.id,
      pair.status,
      pair.waitlistRank ?? '',
      pair.territoryName ?? '',
      ...memberColumns(pair.political),
      ...memberColumns(pair.technical),
    ]);
    return csvTable(
      ['pair_id', 'status', 'waitlist_rank', 'territory_name', ...PAIR_MEMBER_CSV_COLUMNS],
      rows,
      { bom: true },
    );
  }

  private async importRow(
    tx: Tx,
    actor: AuthUser,
    cohort: CohortEntity,
    row: PairRow,
  ): Promise<{ problems: LineProblem[]; status?: string }> {
    const fields = { political: 'political_email', technical: 'technical_email' };
    const resolved = await this.applicants.resolve(tx, actor, row, fields);
    const problems = await this.enrolment.problems(
      tx,
      cohort.id,
      resolved.political,
      resolved.technical,
      fields,
      resolved.problems,
    );
    if (hasProblems(problems)) {
      return {
        problems: Object.entries(problems).flatMap(([field, messages]) =>
          messages.map((message) => ({ line: row.line, field, message })),
        ),
      };
    }
    const pair = await this.enrolment.add(
      tx,
      actor,
      cohort,
      resolved.political,
      resolved.technical,
      'place',
    );
    return { problems: [], status: pair.status };
  }
}

function memberColumns(user: PairMember): string[] {
  return [user.displayName, user.email, user.position ?? ''];
}

function toMemberDto(user: PairMember, withEmail: boolean): PairMemberDto {
  return {
    id: user.id,
    displayName: user.displayName,
    email: withEmail ? user.email : null,
    position: user.position,
    kind: user.kind ?? 'political',
  };
}

export function toPairDto(pair: PairView, withEmails: boolean): PairDto {
  return {
    id: pair.id,
    cohortId: pair.cohortId,
    territoryId: pair.territoryId,
    territoryName: pair.territoryName ?? '',
    status: pair.status,
    waitlistRank: pair.waitlistRank,
    political: toMemberDto(pair.political, withEmails),
    technical: toMemberDto(pair.technical, withEmails),
    createdAt: pair.createdAt,
    updatedAt: pair.updatedAt,
  };
}
