/**
 * `npm start`: resolves Postgres and Redis, migrates, seeds the demo once, then runs the api
 * (which serves the web app) and the worker until Ctrl-C, which stops every process.
 * `npm run dev` does the same with the TypeScript compiler, the processes and Vite in watch mode.
 */
import path from 'node:path';
import { sleep } from './net';
import { DATA_DIR, REPO_ROOT } from './paths';
import { resolvePostgres } from './postgres';
import { Named, runToEnd, startChild, stopChild } from './processes';
import { resolveRedis } from './redis';
import { localCertificateKey, localJwtSecret } from './secrets';
import { ResolvedService, StackError } from './service';

const dev = process.argv.includes('--dev');
const API_DIST = path.join(REPO_ROOT, 'apps/api/dist');
const WORKER_DIST = path.join(REPO_ROOT, 'apps/worker/dist');

interface DemoAccount {
  email: string;
  role: string;
  password: string;
}

async function main(): Promise<void> {
  const services: ResolvedService[] = [];
  const children: Named[] = [];
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping Apprenance…');
    await Promise.all(children.map((child) => stopChild(child)));
    for (const service of services.reverse()) await service.stop().catch(() => undefined);
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    console.log('Resolving PostgreSQL and Redis…');
    const postgres = await resolvePostgres({
      dataDir: path.join(DATA_DIR, 'postgres'),
      database: 'apprenance',
    });
    services.push(postgres);
    const redis = await resolveRedis({ workDir: path.join(DATA_DIR, 'redis') });
    services.push(redis);
    const port = Number(process.env.PORT ?? 3000);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: process.env.NODE_ENV ?? (dev ? 'development' : 'production'),
      PORT: String(port),
      PUBLIC_URL: process.env.PUBLIC_URL ?? `http://localhost:${port}`,
      DATABASE_URL: postgres.url,
      REDIS_URL: redis.url,
      JWT_SECRET: localJwtSecret(DATA_DIR),
      ...localCertificateKey(DATA_DIR),
      STORAGE_LOCAL_DIR: process.env.STORAGE_LOCAL_DIR ?? path.join(DATA_DIR, 'files'),
      ...(dev
        ? {
            CORS_ORIGINS:
              process.env.CORS_ORIGINS ?? `http://localhost:${port},http://localhost:5173`,
          }
        : {}),
    };

    await runToEnd(process.execPath, [path.join(API_DIST, 'cli.js'), 'migrate'], env, REPO_ROOT);
    const seedOutput = await runToEnd(
      process.execPath,
      [path.join(API_DIST, 'cli.js'), 'seed-demo'],
      env,
      REPO_ROOT,
    );
    const demo = JSON.parse(seedOutput.trim().split('\n').pop() ?? '{}') as {
      accounts: DemoAccount[];
    };

    const watch = dev ? ['--watch'] : [];
    if (dev) {
      children.push(
        startChild(
          'tsc',
          process.execPath,
          [require.resolve('typescript/bin/tsc'), '-b', '-w', '--preserveWatchOutput'],
          env,
          REPO_ROOT,
        ),
      );
      // Vite itself, not through npm, so that stopping it stops the server too.
      const admin = path.join(REPO_ROOT, 'apps/admin');
      const vite = path.join(
        path.dirname(require.resolve('vite/package.json', { paths: [admin] })),
        'bin/vite.js',
      );
      children.push(startChild('vite', process.execPath, [vite], env, admin));
    }
    children.push(
      startChild(
        'api',
        process.execPath,
        [...watch, path.join(API_DIST, 'main.js')],
        env,
        REPO_ROOT,
      ),
    );
    children.push(
      startChild(
        'worker',
        process.execPath,
        [...watch, path.join(WORKER_DIST, 'main.js')],
        env,
        REPO_ROOT,
      ),
    );
    for (const named of children) {
      named.child.on('exit', (code) => {
        if (stopping) return;
        console.error(`${named.name} exited with code ${code}; stopping everything.`);
        void shutdown(1);
      });
    }

    await waitForHealth(`http://127.0.0.1:${port}/api/health`);
    printBanner(env.PUBLIC_URL!, dev, postgres, redis, demo.accounts);
  } catch (error) {
    console.error(error instanceof StackError ? `\n${error.message}\n` : error);
    await shutdown(1);
  }
}

async function waitForHealth(url: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new StackError(`The api did not become healthy at ${url} within two minutes.`);
}

function printBanner(
  url: string,
  dev: boolean,
  postgres: ResolvedService,
  redis: ResolvedService,
  accounts: DemoAccount[],
): void {
  const lines = [
    '',
    '  Apprenance is running.',
    '',
    `  Web app   ${dev ? 'http://localhost:5173 (Vite, live reload)' : url}`,
    `  API       ${url}/api/v1   (OpenAPI: ${url}/api/docs)`,
    `  Health    ${url}/api/health`,
    `  Postgres  ${postgres.origin}`,
    `  Redis     ${redis.origin}`,
    '',
    '  Demo accounts:',
    ...accounts.map((a) => `    ${a.role.padEnd(12)} ${a.email.padEnd(40)} ${a.password}`),
    '',
    '  Press Ctrl-C to stop.',
    '',
  ];
  console.log(lines.join('\n'));
}

void main();
