import path from 'node:path';

/** The file formats course material may be uploaded in, with the extensions each goes by. */
export const ACCEPTED_TYPES = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'application/vnd.oasis.opendocument.presentation': ['odp'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'text/plain': ['txt'],
  'text/markdown': ['md', 'markdown'],
  'text/csv': ['csv'],
} as const satisfies Record<string, readonly string[]>;

export type AcceptedType = keyof typeof ACCEPTED_TYPES;
const TEXT_TYPES: AcceptedType[] = ['text/plain', 'text/markdown', 'text/csv'];

/** Names browsers and tools use for the same types. */
const ALIASES: Record<string, AcceptedType> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'application/x-pdf': 'application/pdf',
  'text/x-markdown': 'text/markdown',
  'application/csv': 'text/csv',
  'text/comma-separated-values': 'text/csv',
  'application/vnd.ms-excel': 'text/csv', // what Windows browsers claim for .csv files
};

/** Claims that say nothing about the content. */
const GENERIC = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

/** What the bytes are, from their signature alone; `text` is any valid UTF-8 text. */
export type Sniffed = Exclude<AcceptedType, 'text/plain' | 'text/markdown' | 'text/csv'> | 'text';

/**
 * Looks at the bytes, never at the name: PDF, PNG and JPEG by their magic numbers; ODF by the
 * `mimetype` entry that must open the zip; OOXML by the parts its central directory lists;
 * text when the bytes are valid UTF-8 without control characters. Undefined for anything else.
 */
export function sniff(bytes: Buffer): Sniffed | undefined {
  if (bytes.length === 0) return undefined;
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(bytes);
  return isPlainText(bytes) ? 'text' : undefined;
}

export type UploadCheck =
  | { ok: true; contentType: AcceptedType }
  | { ok: false; reason: 'unsupported' | 'mismatch'; detail: string };

/**
 * Decides the type an upload is stored with: the sniffed one. The uploader's claimed type and
 * the file's extension are only checked against it: a claim that contradicts the content is
 * refused, as is content of a format we do not accept.
 */
export function checkUpload(bytes: Buffer, claimedType: string, fileName: string): UploadCheck {
  const sniffed = sniff(bytes);
  if (!sniffed) {
    return {
      ok: false,
      reason: 'unsupported',
      detail: `The file is not one of the accepted formats: PDF, PNG, JPEG, ODT/ODS/ODP, DOCX/XLSX/PPTX, or UTF-8 text (plain, Markdown, CSV).`,
    };
  }
  const claimed = normaliseClaim(claimedType);
  const extension = path.extname(fileName).slice(1).toLowerCase();
  const byExtension = typeForExtension(extension);
  const candidates: AcceptedType[] = sniffed === 'text' ? TEXT_TYPES : [sniffed];
  const contentType =
    sniffed !== 'text' ? sniffed : (pickTextType(claimed, byExtension) ?? 'text/plain');
  if (claimed !== undefined && !candidates.includes(claimed as AcceptedType)) {
    return mismatch(`declared as ${claimed}`, sniffed);
  }
  if (byExtension && !candidates.includes(byExtension)) {
    return mismatch(`named .${extension}`, sniffed);
  }
  return { ok: true, contentType };
}

function mismatch(claim: string, sniffed: Sniffed): UploadCheck {
  const what = sniffed === 'text' ? 'text' : sniffed;
  return {
    ok: false,
    reason: 'mismatch',
    detail: `The file is ${claim} but its content is ${what}.`,
  };
}

/** The claimed type, lower-cased and without parameters; undefined when it claims nothing. */
function normaliseClaim(claimedType: string): string | undefined {
  const bare = claimedType.split(';')[0].trim().toLowerCase();
  if (GENERIC.has(bare)) return undefined;
  return ALIASES[bare] ?? bare;
}

function pickTextType(
  claimed: string | undefined,
  byExtension: AcceptedType | undefined,
): AcceptedType | undefined {
  for (const type of [claimed, byExtension]) {
    if (type && TEXT_TYPES.includes(type as AcceptedType)) return type as AcceptedType;
  }
  return undefined;
}

function typeForExtension(extension: string): AcceptedType | undefined {
  if (!extension) return undefined;
  const entries = Object.entries(ACCEPTED_TYPES) as [AcceptedType, readonly string[]][];
  return entries.find(([, extensions]) => extensions.includes(extension))?.[0];
}

function startsWith(bytes: Buffer, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);
}

/** Text: valid UTF-8 with no control characters but tab, line feed, form feed, carriage return. */
function isPlainText(bytes: Buffer): boolean {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // eslint-disable-next-line no-control-regex
    return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
  } catch {
    return false;
  }
}

const ODF = /^application\/vnd\.oasis\.opendocument\.(text|spreadsheet|presentation)$/;

function sniffZip(bytes: Buffer): Sniffed | undefined {
  const odf = odfMimetype(bytes);
  if (odf) return odf;
  const names = new Set(centralDirectoryNames(bytes));
  if (!names.has('[Content_Types].xml')) return undefined;
  if (names.has('word/document.xml'))
    return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (names.has('xl/workbook.xml'))
    return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (names.has('ppt/presentation.xml'))
    return 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
  return undefined;
}

/** ODF requires its first zip entry to be `mimetype`, stored uncompressed. */
function odfMimetype(bytes: Buffer): Sniffed | undefined {
  if (bytes.length < 30) return undefined;
  const method = bytes.readUInt16LE(8);
  const size = bytes.readUInt32LE(18);
  const nameLength = bytes.readUInt16LE(26);
  const extraLength = bytes.readUInt16LE(28);
  const name = bytes.toString('latin1', 30, 30 + nameLength);
  if (name !== 'mimetype' || method !== 0 || size > 100) return undefined;
  const start = 30 + nameLength + extraLength;
  const value = bytes.toString('latin1', start, start + size);
  return ODF.test(value) ? (value as Sniffed) : undefined;
}

/** Entry names from the zip's central directory (found through its end record). */
function centralDirectoryNames(bytes: Buffer): string[] {
  const end = findEndOfCentralDirectory(bytes);
  if (end < 0) return [];
  const count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count && offset + 46 <= bytes.length; i++) {
    if (bytes.readUInt32LE(offset) !== 0x02014b50) break;
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    names.push(bytes.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= earliest; i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) return i;
  }
  return -1;
}
