import { StreamableFile } from '@nestjs/common';
import type { FileDownload } from './course-resources.service';

/** A download as an attachment, its name safe in the header whatever its characters. */
export function toStreamableFile(file: FileDownload): StreamableFile {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return new StreamableFile(file.stream, {
    type: file.contentType,
    length: file.size,
    disposition: `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
  });
}
