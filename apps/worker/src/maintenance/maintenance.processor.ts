import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, durationMs } from '@apprenance/config';
import { HEARTBEAT_SCHEDULER_ID, JobName, QUEUES } from '@apprenance/jobs';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { assertEveryJobHandled, JobHandlers } from '../job-handlers';
import { OutboxProcessor } from '../jobs/outbox-processor';
import { WorkerJobOutbox } from '../jobs/worker-job-outbox.repository';
import { WORKER_CONFIG } from '../worker-config';

type MaintenanceJob = Extract<JobName, 'heartbeat'>;

@Processor(QUEUES.maintenance)
export class MaintenanceProcessor
  extends OutboxProcessor<MaintenanceJob>
  implements OnApplicationBootstrap
{
  protected readonly handlers: JobHandlers<MaintenanceJob> = {
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
    outbox: WorkerJobOutbox,
  ) {
    super(outbox);
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
}
