import { Module } from '@nestjs/common';
import { CivicTechsModule } from '../civic-techs/civic-techs.module';
import { CohortMembershipModule } from '../cohorts/cohort-membership.module';
import { CoursesModule } from '../courses/courses.module';
import { CommonsController } from './commons.controller';
import { CommonsService } from './commons.service';

@Module({
  imports: [CoursesModule, CivicTechsModule, CohortMembershipModule],
  controllers: [CommonsController],
  providers: [CommonsService],
})
export class CommonsModule {}
