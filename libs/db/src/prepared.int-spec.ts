import { AbstractLogger, DataSource, LogLevel, LogMessage, QueryFailedError } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../../../test/support/database';
import { createDataSource } from './data-source';
import { queryPrepared } from './prepared';

/** Every statement the data source logs. */
class RecordingLogger extends AbstractLogger {
  readonly queries: string[] = [];
  override logQuery(query: string): void {
    this.queries.push(query);
  }
  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {}
}

describe('queryPrepared', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const logger = new RecordingLogger();

  beforeAll(async () => {
    database = await createTestDatabase();
    // One connection: a statement outside a transaction that kept its connection would block
    // every later one.
    dataSource = createDataSource({ url: database.url, poolSize: 1 });
    await dataSource.initialize();
    Object.defineProperty(dataSource, 'logger', { value: logger });
    await dataSource.query('CREATE TABLE prepared_probe (id int PRIMARY KEY, label text)');
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });
  beforeEach(() => dataSource.query('TRUNCATE prepared_probe'));

  const INSERT = 'INSERT INTO prepared_probe (id, label) VALUES ($1, $2) RETURNING id, label';
  const COUNT = 'SELECT count(*)::int AS n FROM prepared_probe WHERE label = $1';

  it('runs in the transaction of the manager: sees its writes, and rolls back with it', async () => {
    await expect(
      dataSource.transaction(async (tx) => {
        await queryPrepared(tx, INSERT, [1, 'draft']);
        expect(await queryPrepared(tx, COUNT, ['draft'])).toEqual([{ n: 1 }]);
        throw new Error('abandon');
      }),
    ).rejects.toThrow('abandon');
    expect(await queryPrepared(dataSource.manager, COUNT, ['draft'])).toEqual([{ n: 0 }]);
  });

  it('prepares each text once per connection, under one name', async () => {
    const prepared = await dataSource.transaction(async (tx) => {
      for (const id of [1, 2, 3]) await queryPrepared(tx, INSERT, [id, 'kept']);
      return tx.query('SELECT name FROM pg_prepared_statements WHERE statement = $1', [INSERT]);
    });
    expect(prepared).toHaveLength(1);
    expect(await queryPrepared(dataSource.manager, COUNT, ['kept'])).toEqual([{ n: 3 }]);
  });

  it('gives the connection back to the pool after a statement outside a transaction', async () => {
    for (const id of [1, 2, 3]) await queryPrepared(dataSource.manager, INSERT, [id, 'alone']);
    await expect(dataSource.query('SELECT 1 AS one')).resolves.toEqual([{ one: 1 }]);
  });

  it('is logged like any query, once per call', async () => {
    logger.queries.length = 0;
    await queryPrepared(dataSource.manager, COUNT, ['x']);
    await queryPrepared(dataSource.manager, COUNT, ['y']);
    expect(logger.queries).toEqual([COUNT, COUNT]);
  });

  it("fails as TypeORM's QueryFailedError, with Postgres' code", async () => {
    await queryPrepared(dataSource.manager, INSERT, [7, 'first']);
    const failure = await queryPrepared(dataSource.manager, INSERT, [7, 'again']).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect((failure as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe(
      '23505',
    );
  });
});
