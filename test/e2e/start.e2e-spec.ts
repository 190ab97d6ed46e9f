import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../libs/devstack/src/net';
import { testRedisPrefix } from '../support/env';

const ROOT = path.resolve(__dirname, '..', '..');
const LAUNCHER = path.join(ROOT, 'libs/devstack/dist/start.js');

/**
 * `npm start` as a newcomer runs it, minus the build (npm test has just built): the default
 * embedded Postgres in a fresh data directory, the demo seed, the api serving the web app,
 * the worker; Ctrl-C stops every process; a second start reuses the data.
 */
describe('npm start', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'apprenance-start-'));
  // Run as root, Postgres runs as the `postgres` user, which must be able to enter this directory.
  chmodSync(dataDir, 0o755);
  // Its own Redis namespace: rate-limit counters of other runs on a shared Redis stay apart.
  const redisPrefix = testRedisPrefix();
  const launched: ChildProcess[] = [];
  let port: number;

  beforeAll(async () => {
    port = await freePort();
  });
  afterAll(async () => {
    // A failed assertion must not leave a launcher (and its Postgres) running.
    for (const child of launched.filter((c) => c.exitCode === null && c.signalCode === null)) {
      await interrupt(child);
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  function launch(): { child: ChildProcess; output: () => string; ready: Promise<void> } {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      REDIS_PREFIX: redisPrefix,
      APPRENANCE_DATA_DIR: dataDir,
      PORT: String(port),
      LOG_LEVEL: 'warn',
    };
    delete env.DATABASE_URL;
    delete env.JWT_SECRET;
    const child = spawn(process.execPath, [LAUNCHER], {
      env,
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    launched.push(child);
    let output = '';
    const ready = new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (output.includes('Press Ctrl-C to stop.')) resolve();
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.on('exit', (code) => reject(new Error(`launcher exited with ${code}:\n${output}`)));
    });
    return { child, output: () => output, ready };
  }

  async function interrupt(child: ChildProcess): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) =>
      child.once('exit', (code) => resolve(code)),
    );
    child.kill('SIGINT');
    return exited;
  }

  function processesUsing(dir: string): string[] {
    const ps = spawnSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' }).stdout;
    return ps.split('\n').filter((line) => line.includes(dir) && !line.includes('ps -eo'));
  }

  it('starts everything with demo data, stops on Ctrl-C, and reuses the data', async () => {
    const first = launch();
    await first.ready;
    expect(first.output()).toContain(`http://localhost:${port}`);
    expect(first.output()).toMatch(/admin\s+admin@apprenance\.local\s+apprenance-demo/);
    expect(first.output()).toContain('embedded PostgreSQL');

    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
    const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@apprenance.local', password: 'apprenance-demo' }),
    });
    expect(login.status).toBe(200);
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');

    expect(await interrupt(first.child)).toBe(0);
    expect(processesUsing(dataDir)).toEqual([]);
    await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();

    const second = launch();
    await second.ready;
    const users = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@apprenance.local', password: 'apprenance-demo' }),
    });
    expect(users.status).toBe(200);
    expect(second.output()).toMatch(/Migrations: 0 applied/);
    expect(await interrupt(second.child)).toBe(0);
  }, 180_000);

  it('refuses to start the api with a bad configuration, naming the variables', () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'apps/api/dist/main.js')], {
      env: { PATH: process.env.PATH, PORT: 'eighty', JWT_SECRET: 'short' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    for (const name of [
      'PORT',
      'JWT_SECRET: must be at least 32',
      'DATABASE_URL',
      'REDIS_URL',
      'PUBLIC_URL',
    ]) {
      expect(result.stderr).toContain(name);
    }
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it.each(['api/dist/main.js', 'worker/dist/main.js'])(
    '%s refuses a malformed SMTP_URL, naming it',
    (entry) => {
      const result = spawnSync(process.execPath, [path.join(ROOT, 'apps', entry)], {
        env: {
          PATH: process.env.PATH,
          PUBLIC_URL: 'http://127.0.0.1:3000',
          DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/none',
          REDIS_URL: 'redis://127.0.0.1:6379',
          JWT_SECRET: 'x'.repeat(32),
          SMTP_URL: 'mail.example.org:25',
        },
        encoding: 'utf8',
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/SMTP_URL/);
    },
  );
});
