import { WorkerHost } from '@nestjs/bullmq';
import type { JobName } from '@apprenance/jobs';
import { Job } from 'bullmq';
import type { JobHandlers } from '../job-handlers';
import { WorkerJobOutbox } from './worker-job-outbox.repository';

/**
 * The one place that runs a handler and records the outcome on its job_outbox row: done work
 * is marked so the sweep leaves it alone, and the last error is kept for operators. The mark
 * is written before BullMQ completes the job, so a completed job always has its row marked.
 */
export abstract class OutboxProcessor<N extends JobName> extends WorkerHost {
  protected abstract readonly handlers: JobHandlers<N>;

  constructor(private readonly outbox: WorkerJobOutbox) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    const handler = this.handlers[job.name as N];
    if (!handler) throw new Error(`No handler for job "${job.name}"`);
    const jobId = job.id ?? '';
    const final = isFinalAttempt(job);
    let result: unknown;
    try {
      result = await handler(job.data, { final });
    } catch (error) {
      await this.outbox.markFailed(jobId, String(error), final);
      throw error;
    }
    await this.outbox.markCompleted(jobId);
    return result;
  }
}

/** Whether the attempt now running is the job's last one. */
export function isFinalAttempt(job: Pick<Job, 'attemptsMade' | 'opts'>): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}
