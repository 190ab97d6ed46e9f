import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module';
import { PairsModule } from '../pairs/pairs.module';
import { SessionsModule } from '../sessions/sessions.module';
import { UsersModule } from '../users/users.module';
import { CohortMembershipModule } from './cohort-membership.module';
import { CohortsController } from './cohorts.controller';
import { CohortsService } from './cohorts.service';

/** A cohort's life: creation from a course, its dates and trainers, its status. */
@Module({
  imports: [CohortMembershipModule, CoursesModule, PairsModule, SessionsModule, UsersModule],
  controllers: [CohortsController],
  providers: [CohortsService],
  exports: [CohortsService],
})
export class CohortsModule {}
