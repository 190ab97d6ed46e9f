import { getQueueToken } from '@nestjs/bullmq';
import { FactoryProvider } from '@nestjs/common';
import { jobOptions, QUEUES } from '@apprenance/jobs';
import { Queue } from 'bullmq';
import type { OutboxJob } from './worker-job-outbox.repository';

/** Every BullMQ queue, by name, for the relay and the sweep. */
export class JobQueues {
  private readonly byName: Map<string, Queue>;

  constructor(queues: Queue[]) {
    this.byName = new Map(queues.map((queue) => [queue.name, queue]));
  }

  /** Idempotent: BullMQ ignores a job id it already holds. */
  add(job: OutboxJob): Promise<void> {
    return this.addAll([job]);
  }

  /** Several jobs, each queue's in one round trip (`addBulk`); as idempotent as `add`. */
  async addAll(jobs: OutboxJob[]): Promise<void> {
    const byQueue = new Map<Queue, OutboxJob[]>();
    for (const job of jobs) {
      const queue = this.queue(job);
      byQueue.set(queue, (byQueue.get(queue) ?? []).concat(job));
    }
    await Promise.all(
      [...byQueue].map(([queue, some]) =>
        queue.addBulk(
          some.map((job) => ({
            name: job.name,
            data: job.payload,
            opts: jobOptions(job.name, job.entityId),
          })),
        ),
      ),
    );
  }

  state(job: OutboxJob) {
    return this.queue(job).getJobState(job.jobId);
  }

  /** Runs a failed job again with all its attempts. */
  async retry(job: OutboxJob): Promise<void> {
    const found = await this.queue(job).getJob(job.jobId);
    await found?.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
  }

  /** Drops a finished job and adds it again: its entity turned out to need the work anyway. */
  async replace(job: OutboxJob): Promise<void> {
    await (await this.queue(job).getJob(job.jobId))?.remove();
    await this.add(job);
  }

  private queue(job: OutboxJob): Queue {
    const queue = this.byName.get(job.queue);
    if (!queue) throw new Error(`No queue "${job.queue}" for job ${job.jobId}`);
    return queue;
  }
}

const ALL_QUEUES = Object.values(QUEUES);

export const jobQueuesProvider: FactoryProvider<JobQueues> = {
  provide: JobQueues,
  inject: ALL_QUEUES.map((name) => getQueueToken(name)),
  useFactory: (...queues: Queue[]) => new JobQueues(queues),
};

export const ALL_QUEUE_REGISTRATIONS = ALL_QUEUES.map((name) => ({ name }));
