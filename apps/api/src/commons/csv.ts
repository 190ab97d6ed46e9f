/** One CSV table: a header row and rows of the same columns, RFC 4180 with CRLF line ends. */
export function toCsv<T extends object>(columns: (keyof T & string)[], rows: T[]): string {
  const lines = [
    columns.map(cell),
    ...rows.map((row) => columns.map((c) => cell(row[c as keyof T]))),
  ];
  return lines.map((line) => line.join(',')).join('\r\n') + '\r\n';
}

/** A field quoted when it holds a comma, a quote or a line break; arrays joined by `;`. */
function cell(value: unknown): string {
  const text = Array.isArray(value)
    ? value.join(';')
    : value instanceof Date
      ? value.toISOString()
      : value === null || value === undefined
        ? ''
        : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
