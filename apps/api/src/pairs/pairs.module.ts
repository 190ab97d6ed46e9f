import { Module } from '@nestjs/common';
import { CohortMembershipModule } from '../cohorts/cohort-membership.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { TerritoriesModule } from '../territories/territories.module';
import { UsersModule } from '../users/users.module';
import { ApplicantAccounts } from './applicant-accounts';
import { ApplicationsService } from './applications.service';
import { CandidatesService } from './candidates.service';
import { EnrolmentService } from './enrolment.service';
import { ImportDryRun } from './import-dry-run';
import { PairRecordsModule } from './pair-records.module';
import { PairsController } from './pairs.controller';
import { PairsService } from './pairs.service';
import { WaitlistService } from './waitlist.service';

/** Pairs of a cohort: applications, enrolment, the waitlist and CSV import. */
@Module({
  imports: [
    PairRecordsModule,
    CohortMembershipModule,
    UsersModule,
    TerritoriesModule,
    NotificationsModule,
  ],
  controllers: [PairsController],
  providers: [
    ApplicantAccounts,
    ApplicationsService,
    CandidatesService,
    EnrolmentService,
    ImportDryRun,
    PairsService,
    WaitlistService,
  ],
  exports: [PairsService, WaitlistService],
})
export class PairsModule {}
