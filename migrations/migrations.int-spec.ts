import { readdirSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { createDataSource } from '@apprenance/db';
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

  it('can be reverted down to nothing and applied again', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++)
      await dataSource.undoLastMigration({ transaction: 'each' });
    const tables = await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    expect(tables).toEqual([]);
    await dataSource.runMigrations({ transaction: 'each' });
    expect((await dataSource.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });
});

function timestamp(name: string): number {
  return Number(/(\d+)$/.exec(name)?.[1]);
}
