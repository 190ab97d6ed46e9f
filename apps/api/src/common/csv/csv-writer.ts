/**
 * The one CSV writer of every export: RFC 4180 with CRLF line ends, and cells that a
 * spreadsheet would run as a formula neutralised, since exported values come from users.
 */
export interface CsvOptions {
  /** A UTF-8 byte order mark, for spreadsheets that otherwise guess Windows-1252. */
  bom?: boolean;
}

/** A table from objects: a header row of `columns`, then each row's values in that order. */
export function toCsv<T extends object>(
  columns: (keyof T & string)[],
  rows: T[],
  options: CsvOptions = {},
): string {
  return csvTable(
    columns,
    rows.map((row) => columns.map((column) => row[column as keyof T])),
    options,
  );
}

/** A table from a header row and rows of the same length. */
export function csvTable(header: string[], rows: unknown[][], options: CsvOptions = {}): string {
  const lines = [header, ...rows].map((row) => row.map(cell).join(','));
  return (options.bom ? '\ufeff' : '') + lines.join('\r\n') + '\r\n';
}

/**
 * Spreadsheets run a cell starting with one of these as a formula (tab and carriage return
 * too, as some strip them first), e.g. `=HYPERLINK(…)` leaking the sheet on a click.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A field quoted when it holds a comma, a quote or a line break; arrays joined by `;`. */
function cell(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = Array.isArray(value)
    ? value.join(';')
    : value instanceof Date
      ? value.toISOString()
      : value === null || value === undefined
        ? ''
        : String(value);
  // A leading apostrophe makes a spreadsheet show the text as it is, without running it.
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
