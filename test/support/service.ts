import { INestApplicationContext, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AuditModule } from '../../apps/api/src/audit/audit.module';
import { DatabaseModule } from '../../apps/api/src/common/database/database.module';
import { ThrottlingModule } from '../../apps/api/src/common/throttling/throttling.module';
import { ConfigModule } from '../../apps/api/src/config/config.module';
import { RedisModule } from '../../apps/api/src/redis/redis.module';
import { StorageModule } from '../../apps/api/src/storage/storage.module';
import { testConfig } from './app';
import { createTestDatabase } from './database';
import { testRedisPrefix } from './env';
import { Factory } from './factory';

export interface ServiceContext {
  /** The Nest context: `ctx.module.get(EnrolmentService)` is the real service. */
  module: INestApplicationContext;
  dataSource: DataSource;
  factory: Factory;
  close(): Promise<void>;
}

/**
 * The service-level tier: the given feature modules, with their real services and
 * repositories, on a database cloned for this test file, without HTTP in between. For rules
 * that are awkward to reach over HTTP (concurrency, rollbacks, what the database holds).
 */
export async function createServiceContext(features: Type[]): Promise<ServiceContext> {
  const database = await createTestDatabase();
  const config = testConfig(database.url, testRedisPrefix());

  @Module({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule,
      // The features' controllers come along; their guards count in Redis.
      RedisModule,
      ThrottlingModule,
      StorageModule,
      AuditModule,
      ...features,
    ],
  })
  class ServiceTestModule {}

  const module = await NestFactory.createApplicationContext(ServiceTestModule, {
    logger: false,
    // A wiring mistake fails the test file with Nest's message instead of exiting jest.
    abortOnError: false,
  });
  return {
    module,
    dataSource: module.get(DataSource),
    factory: new Factory(module),
    close: async () => {
      await module.close();
      await database.drop();
    },
  };
}
