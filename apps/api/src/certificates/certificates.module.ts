import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CertificateBatchEntity, CertificateEntity } from '@apprenance/db';
import { AssessmentModule } from '../assessment/assessment.module';
import { AuditModule } from '../audit/audit.module';
import { CohortMembershipModule } from '../cohorts/cohort-membership.module';
import { CoursesModule } from '../courses/courses.module';
import { JobsModule } from '../jobs/jobs.module';
import { CertificateFilesService } from './certificate-files.service';
import { CertificatesController } from './certificates.controller';
import { CertificatesRepository } from './certificates.repository';
import { CertificatesService } from './certificates.service';
import {
  CredentialsController,
  VerificationController,
  VerifyPageController,
} from './verification.controller';
import { VerificationService } from './verification.service';

/** Certificates: issuing through the worker, files, revocation, re-issue, public verification. */
@Module({
  imports: [
    TypeOrmModule.forFeature([CertificateBatchEntity, CertificateEntity]),
    AssessmentModule,
    AuditModule,
    CohortMembershipModule,
    CoursesModule,
    JobsModule,
  ],
  controllers: [
    CertificatesController,
    VerifyPageController,
    VerificationController,
    CredentialsController,
  ],
  providers: [
    CertificatesRepository,
    CertificatesService,
    CertificateFilesService,
    VerificationService,
  ],
  exports: [CertificatesService],
})
export class CertificatesModule {}
