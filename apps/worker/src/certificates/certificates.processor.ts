import { Processor } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import type { AppConfig } from '@apprenance/config';
import { JobName, QUEUES } from '@apprenance/jobs';
import { assertEveryJobHandled, JobHandlers } from '../job-handlers';
import { OutboxProcessor } from '../jobs/outbox-processor';
import { WorkerJobOutbox } from '../jobs/worker-job-outbox.repository';
import { WORKER_CONFIG } from '../worker-config';
import { CertificateIssuer } from './certificate-issuer';

type CertificateJob = Extract<JobName, 'certificate'>;

@Processor(QUEUES.certificates)
export class CertificatesProcessor
  extends OutboxProcessor<CertificateJob>
  implements OnApplicationBootstrap
{
  protected readonly handlers: JobHandlers<CertificateJob> = {
    certificate: ({ certificateId }, attempt) => this.issuer.issue(certificateId, attempt),
  };

  constructor(
    private readonly issuer: CertificateIssuer,
    @Inject(WORKER_CONFIG) private readonly config: AppConfig,
    outbox: WorkerJobOutbox,
  ) {
    super(outbox);
    assertEveryJobHandled(QUEUES.certificates, this.handlers);
  }

  /** Rendering waits on storage and Postgres too: a few at once keep a core busy. */
  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.WORKER_CONCURRENCY;
  }
}
