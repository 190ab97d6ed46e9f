import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@apprenance/config';
import { createDataSource } from '@apprenance/db';
import { AppModule } from './app.module';
import { DemoSeed } from './seed/demo-seed';
import { SeedModule } from './seed/seed.module';

/**
 * Operations run before the api starts: `node dist/cli.js migrate` applies pending migrations;
 * `node dist/cli.js seed-demo` seeds the demo data once and prints the demo accounts as JSON.
 */
const COMMANDS: Record<string, () => Promise<void>> = {
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
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
