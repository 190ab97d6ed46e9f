import { readdirSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { createDataSource, dataSourceOptions } from '@apprenance/db';
import { createTestDatabase, TestDatabase } from '../test/support/database';
import { MIGRATIONS } from './index';

describe('migrations', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource({ url: database.url, poolSize: 2 });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('lists every migration file, oldest first', () => {
    const files = readdirSync(__dirname)
      .filter((name) => /^\d+-\w+\.ts$/.test(name))
      .map((name) => name.replace(/^(\d+)-(\w+)\.ts$/, '$2$1'));
    expect(MIGRATIONS.map((migration) => migration.name)).toEqual(
      files.sort((a, b) => timestamp(a) - timestamp(b)),
    );
  });

  it('leave the schema exactly as the entities describe it', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  // Each `down` must be the exact inverse of its `up`, triggers, functions and enums included
  // (the entity comparison alone would not see a trigger left behind).
  it('revert one by one to the schema each earlier migration left', async () => {
    const reverted: string[][] = [await schemaOf(dataSource)];
    for (let i = 0; i < MIGRATIONS.length; i++) {
      await dataSource.undoLastMigration({ transaction: 'each' });
      reverted.unshift(await schemaOf(dataSource));
    }
    expect(reverted[0].filter((line) => !/\bmigrations\b/.test(line))).toEqual([]);

    for (let applied = 0; applied <= MIGRATIONS.length; applied++) {
      const upTo = new DataSource({
        ...dataSourceOptions({ url: database.url, poolSize: 1 }),
        migrations: MIGRATIONS.slice(0, applied),
      });
      await upTo.initialize();
      try {
        await upTo.runMigrations({ transaction: 'each' });
        expect({ applied, schema: await schemaOf(upTo) }).toEqual({
          applied,
          schema: reverted[applied],
        });
      } finally {
        await upTo.destroy();
      }
    }
    expect((await dataSource.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });
});

/** The public schema as sorted lines: columns, constraints, indexes, triggers, functions, enums. */
async function schemaOf(dataSource: DataSource): Promise<string[]> {
  const rows: { line: string }[] = await dataSource.query(`
    SELECT format('column %s.%s %s %s %s', table_name, column_name, data_type, is_nullable,
                  column_default) AS line
      FROM information_schema.columns WHERE table_schema = 'public'
    UNION ALL
    SELECT format('constraint %s %s %s', conrelid::regclass, conname, pg_get_constraintdef(c.oid))
      FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public'
    UNION ALL
    SELECT format('index %s', indexdef) FROM pg_indexes WHERE schemaname = 'public'
    UNION ALL
    SELECT format('trigger %s', pg_get_triggerdef(t.oid))
      FROM pg_trigger t JOIN pg_class r ON r.oid = t.tgrelid
      JOIN pg_namespace n ON n.oid = r.relnamespace
     WHERE n.nspname = 'public' AND NOT t.tgisinternal
    UNION ALL
    SELECT format('function %s', pg_get_functiondef(p.oid))
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'
    UNION ALL
    SELECT format('enum %s %s', t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder))
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
      JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname = 'public' GROUP BY t.typname
    ORDER BY line`);
  return rows.map((row) => row.line);
}

function timestamp(name: string): number {
  return Number(/(\d+)$/.exec(name)?.[1]);
}
