import {
  Inject,
  MiddlewareConsumer,
  Module,
  NestModule,
  OnApplicationShutdown,
} from '@nestjs/common';
import type { AppConfig } from '@apprenance/config';
import type { NextFunction, Request, Response } from 'express';
import { APP_CONFIG } from '../config/config.module';
import {
  createQueueDashboard,
  QUEUE_DASHBOARD,
  QueueDashboard,
  tokenFromCookie,
} from './queue-dashboard';
import { QueueDashboardController } from './queue-dashboard.controller';

/** A browser opening the dashboard sends its cookie; the access guard reads a bearer header. */
function cookieAsBearer(request: Request, _response: Response, next: NextFunction): void {
  const token = tokenFromCookie(request.headers.cookie);
  if (token && !request.headers.authorization) request.headers.authorization = `Bearer ${token}`;
  next();
}

/** The admin-only queue dashboard (Bull Board) at /api/queues. */
@Module({
  controllers: [QueueDashboardController],
  providers: [
    {
      provide: QUEUE_DASHBOARD,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createQueueDashboard(config),
    },
  ],
})
export class QueueDashboardModule implements NestModule, OnApplicationShutdown {
  constructor(@Inject(QUEUE_DASHBOARD) private readonly dashboard: QueueDashboard) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(cookieAsBearer).forRoutes(QueueDashboardController);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.dashboard.close();
  }
}
