/**
 * The one iCalendar (RFC 5545) writer: every property goes through `property`, which escapes
 * its text, and `icalDocument`, which folds lines at 75 octets and ends each with CRLF, so
 * that no user-written value can start a line of its own.
 */

/** A property line before folding; the name may carry parameters (`DTSTART;TZID=…`). */
export type IcalLine = string;

/** TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** A property whose value is text written by a person. */
export function textProperty(name: string, value: string): IcalLine {
  return `${name}:${escapeText(value)}`;
}

/**
 * A property whose value is not TEXT (dates, URIs, identifiers): it is not escaped, so line
 * breaks are removed, which is the one way such a value could forge another property.
 */
export function valueProperty(name: string, value: string): IcalLine {
  return `${name}:${value.replace(/[\r\n]+/g, '')}`;
}

/** Splits a line into chunks of at most 75 octets, never inside a character. */
export function foldLine(line: string): string {
  const chunks: string[] = [];
  let chunk = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = chunks.length ? 74 : 75;
    if (octets + size > limit) {
      chunks.push(chunk);
      chunk = '';
      octets = 0;
    }
    chunk += char;
    octets += size;
  }
  chunks.push(chunk);
  return chunks.join('\r\n ');
}

/** The lines as a document: folded, each ended by CRLF, the last one included. */
export function icalDocument(lines: IcalLine[]): string {
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
