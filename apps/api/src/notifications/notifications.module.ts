import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { OutboxRepository } from './outbox.repository';

/** The notification outbox: each row is mailed by the worker's `mail` queue. */
@Module({ imports: [JobsModule], providers: [OutboxRepository], exports: [OutboxRepository] })
export class NotificationsModule {}
