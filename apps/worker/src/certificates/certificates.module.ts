import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import type { AppConfig } from '@apprenance/config';
import { QUEUES } from '@apprenance/jobs';
import { createStorage, STORAGE } from '@apprenance/storage';
import { JobsModule } from '../jobs/jobs.module';
import { WORKER_CONFIG } from '../worker-config';
import { CertificateIssuer } from './certificate-issuer';
import { CertificateReconciler } from './certificate-reconciler';
import { CertificateRecords } from './certificate-records.repository';
import { certificateRendererProvider } from './certificate-renderer';
import { CertificatesProcessor } from './certificates.processor';

/** Renders, signs and stores certificates, and reconciles what Redis or a dead worker lost. */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.certificates }), JobsModule],
  providers: [
    CertificateRecords,
    CertificateIssuer,
    CertificateReconciler,
    CertificatesProcessor,
    certificateRendererProvider,
    {
      provide: STORAGE,
      inject: [WORKER_CONFIG],
      useFactory: (config: AppConfig) => createStorage(config),
    },
  ],
  exports: [CertificateReconciler],
})
export class CertificatesModule {}
