import 'reflect-metadata';
import { DataSource, DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '@apprenance/migrations';
import { ENTITIES } from './entities';

export interface DatabaseSettings {
  url: string;
  poolSize?: number;
  ssl?: boolean;
  applicationName?: string;
}

/** The one set of TypeORM options used by the api, the worker, the migration CLI and the tests. */
export function dataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    ssl: settings.ssl ? { rejectUnauthorized: true } : false,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    poolSize: settings.poolSize ?? 10,
    applicationName: settings.applicationName ?? 'apprenance',
    // A server that does not answer fails a request after 5 s instead of holding it forever.
    extra: { connectionTimeoutMillis: 5_000 },
  };
}

export function createDataSource(settings: DatabaseSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}
