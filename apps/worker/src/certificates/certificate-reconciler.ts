import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { AppConfig, durationMs } from '@apprenance/config';
import { jobId, JOBS } from '@apprenance/jobs';
import { Storage, STORAGE } from '@apprenance/storage';
import { CoalescedTask } from '../jobs/coalesced-task';
import { JobQueues } from '../jobs/job-queues';
import type { OutboxJob } from '../jobs/worker-job-outbox.repository';
import { WORKER_CONFIG } from '../worker-config';
import { CertificateRecords } from './certificate-records.repository';
import { reconcileAction } from './reconcile-action';

const BATCH = 500;

/** The certificate job of a certificate, as the relay would have put it into BullMQ. */
function certificateJob(certificateId: string): OutboxJob {
  return {
    id: '',
    queue: JOBS.certificate.queue,
    name: 'certificate',
    entityId: certificateId,
    jobId: jobId('certificate', certificateId),
    payload: { certificateId },
  };
}

/**
 * Postgres is the truth about certificates: every CERTIFICATE_RECONCILE_EVERY, each worker
 * puts back into BullMQ the certificates pending for longer than CERTIFICATE_STALE_AFTER
 * (Redis lost their job, or a worker died holding it), and deletes the files of failed ones.
 * A timer, not a BullMQ scheduler, so that it survives Redis losing everything.
 */
@Injectable()
export class CertificateReconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CertificateReconciler.name);
  private readonly task = new CoalescedTask(
    () => this.reconcile(),
    (error) => this.logger.error({ error }, 'certificate reconciliation failed'),
  );

  constructor(
    private readonly records: CertificateRecords,
    private readonly queues: JobQueues,
    @Inject(STORAGE) private readonly storage: Storage,
    @Inject(WORKER_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.task.every(durationMs(this.config.CERTIFICATE_RECONCILE_EVERY));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.task.stop();
  }

  /** One pass; returns the certificates it put back and the failed files it deleted. */
  async reconcile(): Promise<{ requeued: string[]; swept: number }> {
    const stale = await this.records.stalePending(
      durationMs(this.config.CERTIFICATE_STALE_AFTER),
      BATCH,
    );
    const requeued: string[] = [];
    for (const id of stale) if (await this.requeue(certificateJob(id))) requeued.push(id);
    const swept = await this.records.sweepFailedFiles(BATCH, (key) => this.storage.delete(key));
    if (requeued.length || swept) this.logger.warn({ requeued, swept }, 'certificates reconciled');
    return { requeued, swept };
  }

  private async requeue(job: OutboxJob): Promise<boolean> {
    const action = reconcileAction(await this.queues.state(job));
    if (action === 'enqueue-again') await this.queues.add(job);
    if (action === 'retry') await this.queues.retry(job);
    if (action === 'replace') await this.queues.replace(job);
    return action !== 'leave';
  }
}
