import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { AppConfig, durationMs } from '@apprenance/config';
import { JOB_OUTBOX_CHANNEL } from '@apprenance/jobs';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { WORKER_CONFIG } from '../worker-config';
import { JobQueues } from './job-queues';
import { WorkerJobOutbox } from './worker-job-outbox.repository';

const BATCH = 100;

/**
 * Moves committed job_outbox rows into BullMQ, then marks them. Woken by the api's NOTIFY on
 * commit, and by a poll in case a notification was missed (listener reconnecting). Every worker
 * process runs one; SKIP LOCKED gives each row to one of them, and a relay that dies between
 * BullMQ and its commit is harmless: the job id makes the next add a no-op.
 */
@Injectable()
export class JobRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobRelay.name);
  private listener?: Client;
  private poll?: NodeJS.Timeout;
  private running?: Promise<void>;
  private wokenWhileRunning = false;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: WorkerJobOutbox,
    private readonly queues: JobQueues,
    @Inject(WORKER_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
    this.poll = setInterval(() => this.wake(), durationMs(this.config.JOB_RELAY_POLL_EVERY));
    this.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poll);
    await this.running;
    await this.listener?.end();
  }

  /** One pass at a time; a wake-up during a pass earns one more pass, not one per NOTIFY. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.wokenWhileRunning = true;
      return;
    }
    this.running = this.relayPending()
      .then(() => undefined)
      .catch((error: unknown) => this.logger.error({ error }, 'job relay failed; rows stay'))
      .finally(() => {
        this.running = undefined;
        if (this.wokenWhileRunning) {
          this.wokenWhileRunning = false;
          this.wake();
        }
      });
  }

  /** Relays every pending row; returns how many this process moved. */
  async relayPending(): Promise<number> {
    let total = 0;
    for (;;) {
      const moved = await this.dataSource.transaction(async (tx) => {
        const jobs = await this.outbox.claimToRelay(tx, BATCH);
        for (const job of jobs) await this.queues.add(job);
        await this.outbox.markEnqueued(
          tx,
          jobs.map((job) => job.id),
        );
        return jobs.length;
      });
      total += moved;
      if (moved < BATCH) return total;
    }
  }

  private async listen(): Promise<void> {
    const client = new Client({
      connectionString: this.config.DATABASE_URL,
      ssl: this.config.DATABASE_SSL ? { rejectUnauthorized: true } : false,
      application_name: 'apprenance-worker-relay',
    });
    client.on('notification', () => this.wake());
    client.on('error', (error) => {
      this.logger.warn({ error }, 'job relay lost its LISTEN connection; polling until it is back');
      this.listener = undefined;
      client.end().catch(() => undefined);
      this.retryListen();
    });
    await client.connect();
    await client.query(`LISTEN ${JOB_OUTBOX_CHANNEL}`);
    this.listener = client;
  }

  private retryListen(): void {
    if (this.stopped) return;
    setTimeout(() => {
      this.listen().catch(() => this.retryListen());
    }, durationMs(this.config.JOB_RELAY_POLL_EVERY)).unref();
  }
}
