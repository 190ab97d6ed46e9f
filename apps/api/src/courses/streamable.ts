import { StreamableFile } from '@nestjs/common';
import type { FileDownload } from './course-resources.service';

/** A download as an attachment, its name safe in the header whatever its characters. */
export function toStreamableFile(file: FileDownload): StreamableFile {
  return new StreamableFile(file.stream, {
    type: withCharset(file.contentType),
    length: file.size,
    disposition: attachment(file.fileName),
  });
}

/**
 * `Content-Disposition: attachment` with an ASCII fallback name and the exact name in RFC 8187
 * form. Nothing of the name can end the header or add a parameter: the fallback keeps printable
 * ASCII but quotes, backslashes, percent signs and semicolons (which naive parsers split on), and the UTF-8 form is fully percent-encoded.
 */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc8187(fileName)}`;
}

/** Percent-encodes everything but RFC 8187's attr-char (encodeURIComponent leaves ' ( ) * !). */
function encodeRfc8187(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Stored text is always UTF-8 (the upload check refuses anything else): say so. */
function withCharset(contentType: string): string {
  return contentType.startsWith('text/') ? `${contentType}; charset=utf-8` : contentType;
}
