import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { AppConfig } from '@apprenance/config';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import { AccountsModule } from './accounts/accounts.module';
import { AssessmentModule } from './assessment/assessment.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CertificatesModule } from './certificates/certificates.module';
import { CivicTechsModule } from './civic-techs/civic-techs.module';
import { CohortsModule } from './cohorts/cohorts.module';
import { DatabaseModule } from './common/database/database.module';
import { CommonsModule } from './commons/commons.module';
import { pinoRequestLogLevel } from './common/logging/request-log-level';
import { ProblemFilter } from './common/problem/problem.filter';
import { ConfigModule } from './config/config.module';
import { CoursesModule } from './courses/courses.module';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs/jobs.module';
import { NotificationsModule } from './notifications/notifications.module';
import { QueueDashboardModule } from './queue-dashboard/queue-dashboard.module';
import { PairsModule } from './pairs/pairs.module';
import { RedisModule } from './redis/redis.module';
import { SessionsModule } from './sessions/sessions.module';
import { StorageModule } from './storage/storage.module';
import { ThrottlingModule } from './common/throttling/throttling.module';
import { TerritoriesModule } from './territories/territories.module';
import { UsersModule } from './users/users.module';
import { PrototypesModule } from './prototypes/prototypes.module';
import { ReviewsModule } from './reviews/reviews.module';
import { TestLogsModule } from './test-logs/test-logs.module';
import { ImpactModule } from './impact/impact.module';

/** Features served under /api/v1. Add a feature module here. */
export const FEATURE_MODULES = [
  AuthModule,
  UsersModule,
  TerritoriesModule,
  AuditModule,
  CohortsModule,
  PairsModule,
  SessionsModule,
  CoursesModule,
  CivicTechsModule,
  CommonsModule,
  // Prototypes, civic-tech test logs and peer review (issue 9)
  TestLogsModule,
  PrototypesModule,
  ReviewsModule,
  // accounts & notifications (issue 11)
  AccountsModule,
  NotificationsModule,
  // Trainer assessment and certificate eligibility (issue 10)
  AssessmentModule,
  // Certificates (issue 12)
  CertificatesModule,
  QueueDashboardModule,
  // Conviction, follow-ups and the impact dashboard (issue 10)
  ImpactModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: { adminDist?: string } = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            genReqId: (request: IncomingMessage & { id?: unknown }) =>
              String(request.id ?? 'unknown'),
            // Requests are logged by id, method and URL only: headers may carry credentials.
            serializers: {
              req: (request: { id: unknown; method: string; url: string }) => ({
                id: request.id,
                method: request.method,
                url: request.url,
              }),
              res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
            },
            autoLogging: { ignore: (request) => request.url === '/api/health' },
            customLogLevel: pinoRequestLogLevel,
          },
        }),
        DatabaseModule,
        StorageModule,
        RedisModule,
        ThrottlingModule,
        HealthModule,
        JobsModule,
        ...FEATURE_MODULES,
        ...(options.adminDist
          ? [
              ServeStaticModule.forRoot({
                rootPath: options.adminDist,
                exclude: ['/api/{*path}', '/verify/{*path}'],
              }),
            ]
          : []),
      ],
      providers: [{ provide: APP_FILTER, useClass: ProblemFilter }],
    };
  }
}
