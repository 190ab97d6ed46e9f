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
import { WORKER_CONFIG } from '../worker-config';
import { CoalescedTask } from './coalesced-task';
import { JobQueues } from './job-queues';
import { sweepAction } from './sweep-action';
import { OutboxJob, WorkerJobOutbox } from './worker-job-outbox.repository';

const BATCH = 100;

/**
 * The road from job_outbox to BullMQ, in every worker process:
 * - the relay moves committed rows into BullMQ, then marks them. It is woken by the api's NOTIFY
 *   on commit, and by a poll in case a notification was missed (listener reconnecting).
 * - the sweep re-enqueues relayed jobs Redis no longer has (flushed, failed over, restored from
 *   an old snapshot) and runs again failed jobs an operator released. A timer, not a BullMQ
 *   scheduler: it must survive the loss of Redis' contents.
 * SKIP LOCKED gives each row to one process; a relay that dies between BullMQ and its commit is
 * harmless, the job id makes the next add a no-op.
 */
@Injectable()
export class JobRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobRelay.name);
  private readonly relay = new CoalescedTask(
    () => this.relayPending(),
    (error) => this.logger.error({ error }, 'job relay failed; its rows stay to relay'),
  );
  private readonly sweeper = new CoalescedTask(
    () => this.sweep(),
    (error) => this.logger.error({ error }, 'job sweep failed'),
  );
  private listener?: Client;
  private stopped = false;

  constructor(
    private readonly outbox: WorkerJobOutbox,
    private readonly queues: JobQueues,
    @Inject(WORKER_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
    this.relay.every(durationMs(this.config.JOB_RELAY_POLL_EVERY));
    this.relay.trigger();
    this.sweeper.every(durationMs(this.config.JOB_SWEEP_EVERY));
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await Promise.all([this.relay.stop(), this.sweeper.stop()]);
    await this.listener?.end();
  }

  /** Relays every pending row; returns how many this process moved. */
  async relayPending(): Promise<number> {
    let total = 0;
    for (;;) {
      const moved = await this.outbox.relayBatch(BATCH, (jobs) => this.queues.addAll(jobs));
      total += moved;
      if (moved < BATCH) return total;
    }
  }

  /** Returns the rows it put back into BullMQ (enqueued again or retried). */
  async sweep(): Promise<OutboxJob[]> {
    const restored: OutboxJob[] = [];
    let afterId = '0';
    for (;;) {
      const batch = await this.outbox.sweepBatch(afterId, BATCH, (job) => this.restore(job));
      restored.push(...batch.restored);
      if (batch.claimed.length < BATCH) break;
      afterId = batch.claimed[batch.claimed.length - 1].id;
    }
    if (restored.length) this.logger.warn({ jobs: restored.map((j) => j.jobId) }, 'jobs restored');
    return restored;
  }

  private async restore(job: OutboxJob): Promise<boolean> {
    const action = sweepAction(await this.queues.state(job));
    if (action === 'enqueue-again') await this.queues.add(job);
    if (action === 'retry') await this.queues.retry(job);
    return action !== 'leave';
  }

  private async listen(): Promise<void> {
    const client = new Client({
      connectionString: this.config.DATABASE_URL,
      ssl: this.config.DATABASE_SSL ? { rejectUnauthorized: true } : false,
      application_name: 'apprenance-worker-relay',
    });
    client.on('notification', () => this.relay.trigger());
    client.on('error', (error) => {
      // A client that failed to connect is retried by the catch of listenAgainLater instead.
      if (this.listener !== client) return;
      this.logger.warn({ error }, 'job relay lost its LISTEN connection; polling until it is back');
      this.listener = undefined;
      client.end().catch(() => undefined);
      this.listenAgainLater();
    });
    await client.connect();
    await client.query(`LISTEN ${JOB_OUTBOX_CHANNEL}`);
    this.listener = client;
  }

  private listenAgainLater(): void {
    if (this.stopped) return;
    setTimeout(() => {
      this.listen().catch(() => this.listenAgainLater());
    }, durationMs(this.config.JOB_RELAY_POLL_EVERY)).unref();
  }
}
