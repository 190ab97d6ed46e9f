import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  ConvictionAnswerEntity,
  FollowUpCivicTechEntity,
  ImpactPublicationEntity,
  StrategyFollowUpEntity,
} from '@apprenance/db';
import { CohortMembershipModule } from '../cohorts/cohort-membership.module';
import { ConvictionController } from './conviction.controller';
import { ConvictionRepository } from './conviction.repository';
import { ConvictionService } from './conviction.service';
import { DashboardRepository } from './dashboard.repository';
import { DashboardService } from './dashboard.service';
import { FollowUpsController } from './follow-ups.controller';
import { FollowUpsRepository } from './follow-ups.repository';
import { FollowUpsService } from './follow-ups.service';
import { ImpactController } from './impact.controller';
import { PublicationsRepository } from './publications.repository';
import { PublicImpactController } from './public-impact.controller';

/** Conviction before/after, strategy follow-ups and the impact dashboard (issue 10). */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ConvictionAnswerEntity,
      StrategyFollowUpEntity,
      FollowUpCivicTechEntity,
      ImpactPublicationEntity,
    ]),
    CohortMembershipModule,
  ],
  controllers: [
    ConvictionController,
    FollowUpsController,
    ImpactController,
    PublicImpactController,
  ],
  providers: [
    ConvictionRepository,
    ConvictionService,
    FollowUpsRepository,
    FollowUpsService,
    DashboardRepository,
    DashboardService,
    PublicationsRepository,
  ],
  exports: [ConvictionService, FollowUpsService, DashboardService],
})
export class ImpactModule {}
