import type { Readable } from 'node:stream';

/** Injection token of the one Storage the api uses (local disk or S3-compatible). */
export const STORAGE = Symbol('STORAGE');

/**
 * Where files live: course material today, certificate PDFs and prototype attachments later.
 * Keys are relative paths such as `resources/<uuid>`; callers never see disk paths or URLs.
 */
export interface Storage {
  /** Stores the bytes under `key`, replacing nothing: a key is written once. */
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** A stream of the stored bytes; rejects with StorageNotFoundError when there are none. */
  stream(key: string): Promise<Readable>;
  /**
   * Removes the file, and what a write of it cut short left behind (a process killed mid-put);
   * removing a missing file is not an error.
   */
  delete(key: string): Promise<void>;
  /** Whether a file is stored under `key`. */
  exists(key: string): Promise<boolean>;
}

export class StorageNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`No stored file ${key}`);
    this.name = 'StorageNotFoundError';
  }
}

const KEY = /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9._-]*)*$/;

/** Refuses keys that could escape the storage root or that a bucket would treat oddly. */
export function assertStorageKey(key: string): void {
  if (!KEY.test(key) || key.includes('..') || key.length > 200) {
    throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
  }
}
