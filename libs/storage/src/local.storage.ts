import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { assertStorageKey, Storage, StorageNotFoundError } from './storage';

/** What follows a key's file name in the name of its temporary files (see `put`). */
const PARTIAL = /^\.[0-9a-f]{12}\.partial$/;

/**
 * Files on the local disk under one directory (STORAGE_LOCAL_DIR). A file is written to a
 * temporary name and renamed into place, so a reader never sees half a file and a failed
 * write leaves nothing under the key.
 */
export class LocalStorage implements Storage {
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /** The content type is not kept: a file's type lives in its row, not on disk. */
  async put(key: string, body: Buffer, _contentType?: string): Promise<void> {
    const target = this.pathOf(key);
    const temporary = `${target}.${randomBytes(6).toString('hex')}.partial`;
    try {
      await this.writeNew(temporary, body);
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  /** Creates the directory only when it is missing: most files go where others already are. */
  private async writeNew(file: string, body: Buffer): Promise<void> {
    try {
      await writeFile(file, body, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, body, { flag: 'wx' });
    }
  }

  async stream(key: string): Promise<Readable> {
    const file = this.pathOf(key);
    if (!(await this.exists(key))) throw new StorageNotFoundError(key);
    return createReadStream(file);
  }

  /** Also removes the temporary files of writes to `key` cut short (a process killed mid-put). */
  async delete(key: string): Promise<void> {
    const file = this.pathOf(key);
    const name = path.basename(file);
    const siblings = await readdir(path.dirname(file)).catch(() => []);
    const cutShort = siblings.filter(
      (sibling) => sibling.startsWith(name) && PARTIAL.test(sibling.slice(name.length)),
    );
    await Promise.all(
      [file, ...cutShort.map((partial) => path.join(path.dirname(file), partial))].map((each) =>
        rm(each, { force: true }),
      ),
    );
  }

  async exists(key: string): Promise<boolean> {
    return access(this.pathOf(key)).then(
      () => true,
      () => false,
    );
  }

  private pathOf(key: string): string {
    assertStorageKey(key);
    return path.join(this.root, ...key.split('/'));
  }
}
