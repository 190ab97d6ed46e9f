import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { ALL_QUEUE_REGISTRATIONS, JobQueues, jobQueuesProvider } from './job-queues';
import { JobRelay } from './job-relay';
import { WorkerJobOutbox } from './worker-job-outbox.repository';

/** The road from job_outbox to BullMQ (relay and sweep), in every worker process. */
@Module({
  imports: [BullModule.registerQueue(...ALL_QUEUE_REGISTRATIONS)],
  providers: [WorkerJobOutbox, jobQueuesProvider, JobRelay],
  exports: [WorkerJobOutbox, JobQueues],
})
export class JobsModule {}
