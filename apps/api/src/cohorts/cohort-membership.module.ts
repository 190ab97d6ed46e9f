import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortEntity, CohortTrainerEntity } from '@apprenance/db';
import { PairRecordsModule } from '../pairs/pair-records.module';
import { UsersModule } from '../users/users.module';
import { CohortAccess } from './cohort-access';
import { CohortMembership } from './cohort-membership';
import { CohortsRepository } from './cohorts.repository';
import { OpenCohorts } from './open-cohorts';

/**
 * The cohorts and their trainers, and who may see or run which cohort: what every feature
 * about a cohort (pairs, sessions, courses, and later prototypes, assessment, certificates)
 * imports to ask, instead of reading these tables itself.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([CohortEntity, CohortTrainerEntity]),
    PairRecordsModule,
    UsersModule,
  ],
  providers: [CohortsRepository, CohortMembership, CohortAccess, OpenCohorts],
  exports: [CohortsRepository, CohortMembership, CohortAccess, OpenCohorts],
})
export class CohortMembershipModule {}
