import { isEmail, isISO31661Alpha2 } from 'class-validator';
import { parse } from 'csv-parse/sync';
import { decode } from 'iconv-lite';
import { TERRITORY_LEVELS, TerritoryEntity, TerritoryLevel, UserEntity } from '@apprenance/db';
import { columnLength } from '../common/database/column-length';
import { singleLineProblem } from '../common/input/text-rules';

/** The columns of a pair's two members, in the import and in the roster alike. */
export const PAIR_MEMBER_CSV_COLUMNS = [
  'political_name',
  'political_email',
  'political_position',
  'technical_name',
  'technical_email',
  'technical_position',
] as const;

/** The columns of a pair import, one pair per line, in any order. */
export const PAIR_CSV_COLUMNS = [
  'territory_name',
  'territory_country',
  'territory_level',
  ...PAIR_MEMBER_CSV_COLUMNS,
] as const;

export interface CsvMember {
  displayName: string;
  email: string;
  position?: string;
}

export interface PairRow {
  /** Line in the file, 1 being the header. */
  line: number;
  territory: { name: string; country: string; level: TerritoryLevel };
  political: CsvMember;
  technical: CsvMember;
}

export interface LineProblem {
  line: number;
  field: string;
  message: string;
}

export class CsvEncodingError extends Error {
  constructor(
    /** A broken UTF-8 file, or one that is not text at all (UTF-16 or binary). */
    readonly kind: 'utf8' | 'utf16',
    message: string,
  ) {
    super(message);
  }
}

const member = (side: 'political' | 'technical') => ({
  [`${side}_name`]: columnLength(UserEntity, 'displayName'),
  [`${side}_email`]: columnLength(UserEntity, 'email'),
  [`${side}_position`]: columnLength(UserEntity, 'position'),
});

/** Each cell is stored in a column: no longer than the column, and on one line. */
const CELL_LIMITS: Record<(typeof PAIR_CSV_COLUMNS)[number], number> = {
  territory_name: columnLength(TerritoryEntity, 'name'),
  territory_country: columnLength(TerritoryEntity, 'country'),
  territory_level: Math.max(...TERRITORY_LEVELS.map((level) => level.length)),
  ...member('political'),
  ...member('technical'),
} as Record<(typeof PAIR_CSV_COLUMNS)[number], number>;

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * UTF-8 with or without BOM, or the Windows-1252/Latin-1 that spreadsheets export: a BOM or
 * valid UTF-8 means UTF-8, anything else is read as Windows-1252. UTF-16 and binary files
 * are refused.
 */
export function decodeCsv(bytes: Buffer): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  if (bytes.subarray(0, 3).equals(UTF8_BOM)) {
    return { text: decodeUtf8(bytes.subarray(3)) ?? fail('utf8'), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff || bytes[0] === 0xfe || bytes.includes(0)) fail('utf16');
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  return { text: decode(bytes, 'win1252'), encoding: 'windows-1252' };
}

function decodeUtf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function fail(reason: 'utf8' | 'utf16'): never {
  throw new CsvEncodingError(
    reason,
    reason === 'utf8'
      ? 'The file starts with a UTF-8 byte order mark but is not valid UTF-8.'
      : 'The file looks like UTF-16 or binary; save it as CSV UTF-8.',
  );
}

/** Parses and checks every line; returns the valid rows and every line's problems. */
export function parsePairCsv(text: string): { rows: PairRow[]; problems: LineProblem[] } {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { rows: [], problems: [{ line, field: 'file', message: (error as Error).message }] };
  }
  const [header = [], ...lines] = records;
  const columns = header.map((name) => name.trim().toLowerCase());
  const missing = PAIR_CSV_COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length) {
    return {
      rows: [],
      problems: missing.map((field) => ({
        line: 1,
        field,
        message: 'column is missing from the header',
      })),
    };
  }
  if (!lines.length)
    return { rows: [], problems: [{ line: 2, field: 'file', message: 'no pair to import' }] };
  const rows: PairRow[] = [];
  const problems: LineProblem[] = [];
  lines.forEach((values, i) => {
    const record = Object.fromEntries(columns.map((column, c) => [column, values[c] ?? '']));
    const result = checkRow(i + 2, record);
    if ('problems' in result) problems.push(...result.problems);
    else rows.push(result.row);
  });
  problems.push(...duplicateEmails(rows));
  return { rows, problems };
}

function checkRow(
  line: number,
  record: Record<string, string>,
): { row: PairRow } | { problems: LineProblem[] } {
  const problems: LineProblem[] = [];
  const add = (field: string, message: string) => problems.push({ line, field, message });
  for (const [column, limit] of Object.entries(CELL_LIMITS)) {
    const problem = singleLineProblem(record[column]);
    if (problem) add(column, problem);
    else if (record[column].length > limit) add(column, `must be at most ${limit} characters`);
  }
  if (problems.length) return { problems };
  for (const column of ['territory_name', 'political_name', 'technical_name'] as const) {
    if (!record[column]) add(column, 'is required');
  }
  const country = record.territory_country.toUpperCase();
  if (!isISO31661Alpha2(country))
    add('territory_country', 'must be an ISO 3166-1 alpha-2 code such as FR');
  const level = record.territory_level as TerritoryLevel;
  if (!TERRITORY_LEVELS.includes(level))
    add('territory_level', `must be one of: ${TERRITORY_LEVELS.join(', ')}`);
  for (const column of ['political_email', 'technical_email'] as const) {
    if (!isEmail(record[column])) add(column, 'must be an email address');
  }
  const political = memberOf(record, 'political');
  const technical = memberOf(record, 'technical');
  if (political.email && political.email === technical.email) {
    add('technical_email', 'must be a different person from the political member');
  }
  if (problems.length) return { problems };
  return {
    row: { line, territory: { name: record.territory_name, country, level }, political, technical },
  };
}

function memberOf(record: Record<string, string>, side: 'political' | 'technical'): CsvMember {
  return {
    displayName: record[`${side}_name`],
    email: record[`${side}_email`].toLowerCase(),
    position: record[`${side}_position`] || undefined,
  };
}

/** A person appears on one line of the file only. */
function duplicateEmails(rows: PairRow[]): LineProblem[] {
  const seen = new Map<string, number>();
  const problems: LineProblem[] = [];
  for (const row of rows) {
    for (const side of ['political', 'technical'] as const) {
      const first = seen.get(row[side].email);
      if (first !== undefined) {
        problems.push({
          line: row.line,
          field: `${side}_email`,
          message: `already in the pair of line ${first}`,
        });
      } else seen.set(row[side].email, row.line);
    }
  }
  return problems;
}

/** Problems as problem+json `errors`: `{ "line 3: political_email": [...] }`. */
export function problemFields(problems: LineProblem[]): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const { line, field, message } of problems)
    (fields[`line ${line}: ${field}`] ??= []).push(message);
  return fields;
}
