import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationOutboxEntity } from '@apprenance/db';
import { AuditModule } from '../audit/audit.module';
import { JobsModule } from '../jobs/jobs.module';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { OutboxRepository } from './outbox.repository';

/** The notification outbox: each row is mailed by the worker's `mail` queue and shown in the inbox. */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationOutboxEntity]), JobsModule, AuditModule],
  controllers: [NotificationsController],
  providers: [OutboxRepository, NotificationsRepository, NotificationsService],
  exports: [OutboxRepository],
})
export class NotificationsModule {}
