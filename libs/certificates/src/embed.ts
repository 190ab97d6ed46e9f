import PDFDocument from 'pdfkit';

/**
 * How the credential sits in the PDF, and how a one-byte edit anywhere is detected.
 *
 * The credential is a PDF/A-3 associated file (catalog /AF, AFRelationship /Alternative) whose
 * stream is stored uncompressed. The PDF is first written with that stream filled with spaces,
 * as long as the signed credential will be (a compact EdDSA JWS has a length known in
 * advance); the credential claims the SHA-256 of those bytes, then its JWS replaces the spaces.
 * A verifier finds the stream, blanks it again and recomputes the digest: an edit outside the
 * stream changes the digest, an edit inside it breaks the JWS signature. It is the ByteRange
 * idea of PDF signatures, with the hole filled by the credential itself.
 */
export const CREDENTIAL_FILE_NAME = 'credential.jwt';
const MEDIA_TYPE_NAME = 'application#2Fvc#2Bjwt'; // application/vc+jwt as a PDF name
const BLANK = 0x20;

/** Adds the credential as an associated file: for now `length` spaces (see above). */
export function attachCredentialPlaceholder(
  doc: PDFKit.PDFDocument,
  length: number,
  modifiedAt: Date,
): void {
  const stream = doc.ref({
    Type: 'EmbeddedFile',
    Subtype: MEDIA_TYPE_NAME,
    Params: { ModDate: modifiedAt, Size: length },
  });
  stream.compress = false;
  stream.end(Buffer.alloc(length, BLANK));
  const spec = doc.ref({
    Type: 'Filespec',
    F: new String(CREDENTIAL_FILE_NAME),
    UF: new String(CREDENTIAL_FILE_NAME),
    AFRelationship: 'Alternative',
    Desc: new String('Open Badges 3.0 credential of this certificate, signed (VC-JOSE, EdDSA)'),
    EF: { F: stream, UF: stream },
  });
  spec.end(undefined as never); // @types/pdfkit wants an argument that pdfkit does not need
  doc.addNamedEmbeddedFile(CREDENTIAL_FILE_NAME, spec);
  // The catalog's /AF (associated files) array, which pdfkit's typings do not expose.
  const root = (doc as unknown as { _root: { data: { AF?: unknown[] } } })._root.data;
  root.AF = [...(root.AF ?? []), spec];
}

/** Where the credential's bytes are in a PDF: [start, end). */
export interface Hole {
  start: number;
  end: number;
}

const EMBEDDED_FILE = Buffer.from(`/Subtype /${MEDIA_TYPE_NAME}`);
const STREAM = Buffer.from('stream\n');

/**
 * Finds the credential stream: the object whose dictionary names our media type, its /Length
 * and the bytes after `stream`. Null when the PDF has none or more than one.
 */
export function findCredentialHole(pdf: Buffer): Hole | null {
  const at = pdf.indexOf(EMBEDDED_FILE);
  if (at < 0 || pdf.indexOf(EMBEDDED_FILE, at + 1) >= 0) return null;
  const dictStart = pdf.lastIndexOf('obj', at);
  const streamAt = pdf.indexOf(STREAM, at);
  if (dictStart < 0 || streamAt < 0 || streamAt - at > 512) return null;
  const dictionary = pdf.subarray(dictStart, streamAt).toString('latin1');
  const length = /\/Length (\d{1,7})\b/.exec(dictionary);
  if (!length) return null;
  const start = streamAt + STREAM.length;
  const end = start + Number(length[1]);
  if (end > pdf.length || pdf.subarray(end, end + 10).toString('latin1') !== '\nendstream') {
    return null;
  }
  return { start, end };
}

/** A copy of the PDF with the hole blanked: the bytes the credential's digest covers. */
export function blanked(pdf: Buffer, hole: Hole): Buffer {
  const copy = Buffer.from(pdf);
  copy.fill(BLANK, hole.start, hole.end);
  return copy;
}

export type PdfDocument = InstanceType<typeof PDFDocument>;
