import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@apprenance/config';
import { createDataSource } from '@apprenance/db';
import { parseArgs } from 'node:util';
import { AppModule } from './app.module';
import { DomainError } from './common/problem/domain-error';
import { UsersService } from './users/users.service';
import { DemoSeed } from './seed/demo-seed';
import { SeedModule } from './seed/seed.module';

/**
 * Operations run before the api starts: `node dist/cli.js migrate` applies pending migrations;
 * `node dist/cli.js seed-demo` seeds the demo data once and prints the demo accounts as JSON;
 * `node dist/cli.js create-admin --email a@b.c [--name "…"] [--locale fr|en]` creates an admin
 * and prints the one-time link that opens the account.
 */
const COMMANDS: Record<string, () => Promise<void>> = {
  'create-admin': createAdmin,

  async migrate() {
    const dataSource = createDataSource({
      url: requireEnv('DATABASE_URL'),
      applicationName: 'apprenance-migrate',
    });
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      console.error(
        `Migrations: ${applied.length} applied${applied.map((m) => `\n  ${m.name}`).join('')}`,
      );
    } finally {
      await dataSource.destroy();
    }
  },

  async 'seed-demo'() {
    const config = loadConfig();
    const context = await NestFactory.createApplicationContext(
      { module: SeedModule, imports: [AppModule.forRoot(config)] },
      { logger: ['error', 'warn'] },
    );
    try {
      const result = await context.get(DemoSeed).run();
      process.stdout.write(`${JSON.stringify(result)}\n`);
    } finally {
      await context.close();
    }
  },
};

async function createAdmin(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(3),
    options: {
      email: { type: 'string' },
      name: { type: 'string', default: 'Admin' },
      locale: { type: 'string', default: 'fr' },
    },
  });
  const { email, name, locale } = values;
  if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) throw new UsageError('--email is required');
  if (locale !== 'fr' && locale !== 'en') throw new UsageError('--locale must be fr or en');
  const config = loadConfig();
  const context = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: ['error', 'warn'],
  });
  try {
    const link = await context
      .get(UsersService)
      .createFirstAdmin({ email, displayName: name, locale });
    process.stdout.write(
      `Admin ${email} created. Open this link once to choose a password (it expires in ${config.INVITATION_TTL}):\n${link}\n`,
    );
  } finally {
    await context.close();
  }
}

/** A wrong command line: its message is enough, no stack. */
class UsageError extends Error {}

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new ConfigError([`${name}: Required`]);
  return value;
}

const command = process.argv[2] ?? '';
const run = COMMANDS[command];
if (!run) {
  console.error(`Usage: node cli.js <${Object.keys(COMMANDS).join('|')}>`);
  process.exit(2);
}
run().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof UsageError;
  console.error(known || error instanceof DomainError ? (error as Error).message : error);
  process.exit(1);
});
