import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@apprenance/config';
import { dataSourceOptions } from '@apprenance/db';
import { redisConnection } from '@apprenance/jobs';
import { LoggerModule } from 'nestjs-pino';
import { CertificatesModule } from './certificates/certificates.module';
import { JobsModule } from './jobs/jobs.module';
import { MailModule } from './mail/mail.module';
import { MaintenanceModule } from './maintenance/maintenance.module';
import { WORKER_CONFIG } from './worker-config';

/** The queue worker: no HTTP, only BullMQ processors with the database behind them. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      global: true,
      imports: [
        LoggerModule.forRoot({ pinoHttp: { level: config.LOG_LEVEL } }),
        TypeOrmModule.forRoot(
          dataSourceOptions({
            url: config.DATABASE_URL,
            poolSize: config.DATABASE_POOL_SIZE,
            ssl: config.DATABASE_SSL,
            applicationName: 'apprenance-worker',
          }),
        ),
        BullModule.forRoot({
          connection: redisConnection(config.REDIS_URL),
          prefix: `${config.REDIS_PREFIX}:bull`,
        }),
        JobsModule,
        MaintenanceModule,
        MailModule,
        CertificatesModule,
      ],
      providers: [{ provide: WORKER_CONFIG, useValue: config }],
      exports: [WORKER_CONFIG],
    };
  }
}
