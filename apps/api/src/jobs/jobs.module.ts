import { Module } from '@nestjs/common';
import { JobOutboxRepository } from './job-outbox.repository';

/** Import it to ask the worker for jobs: `jobs.enqueue(tx, name, payload, entityId)`. */
@Module({ providers: [JobOutboxRepository], exports: [JobOutboxRepository] })
export class JobsModule {}
