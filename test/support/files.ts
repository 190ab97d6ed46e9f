import { ZipFile } from 'yazl';

/** Small real files of each accepted format, and impostors, for upload tests. */
export const samples = {
  pdf: (): Buffer =>
    Buffer.from(
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n' +
        '2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    ),
  /** A 1×1 PNG. */
  png: (): Buffer =>
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    ),
  /** The start of a JFIF JPEG: enough for a signature check. */
  jpeg: (): Buffer =>
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]),
  markdown: (): Buffer => Buffer.from('# Délibération\n\nUn support de cours en *Markdown*.\n'),
  csv: (): Buffer => Buffer.from('outil,licence\nDecidim,AGPL-3.0-or-later\n'),
  latin1: (): Buffer => Buffer.from('Délibération', 'latin1'),
  binary: (): Buffer => Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00]),
  odt: (): Promise<Buffer> =>
    zip([
      ['mimetype', 'application/vnd.oasis.opendocument.text', false],
      ['META-INF/manifest.xml', '<manifest:manifest/>', true],
      ['content.xml', '<office:document-content/>', true],
    ]),
  docx: (): Promise<Buffer> =>
    zip([
      ['[Content_Types].xml', '<Types/>', true],
      ['_rels/.rels', '<Relationships/>', true],
      ['word/document.xml', '<w:document/>', true],
    ]),
  plainZip: (): Promise<Buffer> => zip([['notes.txt', 'hello', true]]),
};

/** A zip of [name, content, compressed] entries, in that order. */
export function zip(entries: [string, string, boolean][]): Promise<Buffer> {
  const file = new ZipFile();
  for (const [name, content, compress] of entries) {
    file.addBuffer(Buffer.from(content), name, { compress });
  }
  file.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    file.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    file.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    file.outputStream.on('error', reject);
  });
}
