import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
// s3rver is a real S3-compatible server (Koa, files on disk), started on a free local port.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require('s3rver');
import { LocalStorage } from './local.storage';
import { S3Storage } from './s3.storage';
import { Storage, StorageNotFoundError } from './storage';

async function read(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** The contract every Storage keeps, whatever it stores on. */
function behavesAsStorage(name: string, make: () => Storage) {
  describe(name, () => {
    let storage: Storage;
    beforeAll(() => {
      storage = make();
    });

    it('stores, streams back, and deletes a file', async () => {
      const key = `resources/${randomBytes(8).toString('hex')}`;
      const body = randomBytes(200_000);
      await storage.put(key, body, 'application/pdf');
      expect(await storage.exists(key)).toBe(true);
      expect((await read(await storage.stream(key))).equals(body)).toBe(true);
      await storage.delete(key);
      expect(await storage.exists(key)).toBe(false);
    });

    it('reports a missing file, and deleting one is not an error', async () => {
      await expect(storage.stream('resources/missing')).rejects.toBeInstanceOf(
        StorageNotFoundError,
      );
      await expect(storage.delete('resources/missing')).resolves.toBeUndefined();
    });

    it('refuses keys that could escape its root', async () => {
      for (const key of ['../etc/passwd', '/abs', 'a/../../b', 'UPPER', '']) {
        await expect(storage.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow(
          /Invalid storage key/,
        );
      }
    });
  });
}

describe('storage', () => {
  let dir: string;
  let s3rver: { run(): Promise<{ port: number }>; close(): Promise<void> };
  let s3: S3Storage;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'apprenance-storage-'));
    s3rver = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: path.join(dir, 's3'),
      configureBuckets: [{ name: 'apprenance-test' }],
    });
    const { port } = await s3rver.run();
    s3 = new S3Storage({
      bucket: 'apprenance-test',
      region: 'us-east-1',
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      endpoint: `http://127.0.0.1:${port}`,
    });
  });

  afterAll(async () => {
    s3?.destroy();
    await s3rver?.close();
    await rm(dir, { recursive: true, force: true });
  });

  behavesAsStorage('LocalStorage', () => new LocalStorage(path.join(dir, 'local')));
  behavesAsStorage('S3Storage against s3rver', () => s3);

  it('deletes with a local file the temporary files of its writes cut short, and only those', async () => {
    const root = path.join(dir, 'local-cut-short');
    const storage = new LocalStorage(root);
    await storage.put('certificates/c/a.pdf', Buffer.from('issued'), 'application/pdf');
    // What a worker killed between writing and renaming leaves: for this key, and for others.
    const folder = path.join(root, 'certificates', 'c');
    const leftovers = ['a.pdf.0123456789ab.partial', 'a.pdf.ba9876543210.partial'];
    const others = ['ab.pdf.0123456789ab.partial', 'a.pdf.notours.partial'];
    for (const name of [...leftovers, ...others]) await writeFile(path.join(folder, name), 'cut');
    await storage.delete('certificates/c/a.pdf');
    expect((await readdir(folder)).sort()).toEqual([...others].sort());
  });

  it('leaves no partial file behind when a local write fails', async () => {
    // A directory where the file should go lets the temporary file be written and makes the
    // rename fail, so the clean-up after a failed write is what the test looks at.
    const root = path.join(dir, 'local-rename-fails');
    await mkdir(path.join(root, 'resources', 'x'), { recursive: true });
    await writeFile(path.join(root, 'resources', 'x', 'kept'), 'a file in the way');
    const storage = new LocalStorage(root);
    await expect(storage.put('resources/x', Buffer.from('data'), 'text/plain')).rejects.toThrow();
    expect(await readdir(path.join(root, 'resources'))).toEqual(['x']);
  });
});
