import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { AppConfig, durationMs } from '@apprenance/config';
import { DataSource } from 'typeorm';
import { WORKER_CONFIG } from '../worker-config';
import { JobQueues } from './job-queues';
import { sweepAction } from './sweep-action';
import { OutboxJob, WorkerJobOutbox } from './worker-job-outbox.repository';

const BATCH = 100;

/**
 * Re-enqueues relayed jobs that Redis no longer has (flushed, failed over, restored from an old
 * snapshot), and runs again failed jobs an operator released. A timer in every worker, not a
 * BullMQ scheduler: the sweep must survive the loss of Redis' contents.
 */
@Injectable()
export class JobSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobSweep.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: WorkerJobOutbox,
    private readonly queues: JobQueues,
    @Inject(WORKER_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.sweep()
        .catch((error: unknown) => this.logger.error({ error }, 'job sweep failed'))
        .finally(() => (this.running = undefined));
    }, durationMs(this.config.JOB_SWEEP_EVERY));
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Returns the rows it put back into BullMQ (re-enqueued or retried). */
  async sweep(): Promise<OutboxJob[]> {
    const restored: OutboxJob[] = [];
    let afterId = '0';
    for (;;) {
      const jobs = await this.dataSource.transaction(async (tx) => {
        const claimed = await this.outbox.claimInFlight(tx, afterId, BATCH);
        const enqueued: OutboxJob[] = [];
        for (const job of claimed) {
          const action = sweepAction(await this.queues.state(job));
          if (action === 'enqueue-again') await this.queues.add(job);
          if (action === 'retry') await this.queues.retry(job);
          if (action !== 'leave') enqueued.push(job);
        }
        await this.outbox.markEnqueued(
          tx,
          enqueued.map((job) => job.id),
        );
        restored.push(...enqueued);
        return claimed;
      });
      if (jobs.length < BATCH) break;
      afterId = jobs[jobs.length - 1].id;
    }
    if (restored.length) this.logger.warn({ jobs: restored.map((j) => j.jobId) }, 'jobs restored');
    return restored;
  }
}
