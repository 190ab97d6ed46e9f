import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, durationMs } from '@apprenance/config';
import { HEARTBEAT_SCHEDULER_ID, JobName, QUEUES } from '@apprenance/jobs';
import { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { assertEveryJobHandled, JobHandlers } from '../job-handlers';
import { WORKER_CONFIG } from '../worker-config';

type MaintenanceJob = Extract<JobName, 'heartbeat'>;

@Processor(QUEUES.maintenance)
export class MaintenanceProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(MaintenanceProcessor.name);

  private readonly handlers: JobHandlers<MaintenanceJob> = {
    heartbeat: async () => {
      const [row] = await this.dataSource.query<{ now: Date }[]>('SELECT now() AS now');
      return {
        processedAt: new Date().toISOString(),
        databaseTime: new Date(row.now).toISOString(),
      };
    },
  };

  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.maintenance) private readonly queue: Queue,
    @Inject(WORKER_CONFIG) private readonly config: AppConfig,
  ) {
    super();
    assertEveryJobHandled(QUEUES.maintenance, this.handlers);
  }

  /** One schedule shared by every worker process: upserting it is idempotent. */
  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      HEARTBEAT_SCHEDULER_ID,
      { every: durationMs(this.config.HEARTBEAT_EVERY) },
      {
        name: 'heartbeat',
        data: { requestedAt: new Date().toISOString() },
        opts: { removeOnComplete: 10, removeOnFail: 50 },
      },
    );
  }

  async process(job: Job): Promise<unknown> {
    const handler = this.handlers[job.name as MaintenanceJob];
    if (!handler) throw new Error(`No handler for job "${job.name}"`);
    const result = await handler(job.data);
    this.logger.debug({ job: job.name, id: job.id }, 'job done');
    return result;
  }
}
