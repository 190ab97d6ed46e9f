import type { Request } from 'express';
import { DomainError } from '../common/problem/domain-error';

const MAX_CSV_BYTES = 2 * 1024 * 1024;

/** The request body as bytes (the JSON parser leaves text/csv untouched), capped in size. */
export async function readRawBody(request: Request): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_CSV_BYTES) {
      throw new DomainError('pair_import.file_too_large', 'The file is larger than 2 MB.', {
        file: ['is larger than 2 MB'],
      });
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
