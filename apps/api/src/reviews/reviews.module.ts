import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PeerReviewEntity, PeerReviewRoundEntity } from '@apprenance/db';
import { CohortMembershipModule } from '../cohorts/cohort-membership.module';
import { CoursesModule } from '../courses/courses.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PrototypesModule } from '../prototypes/prototypes.module';
import { ReviewsController } from './reviews.controller';
import { ReviewsRepository } from './reviews.repository';
import { ReviewsService } from './reviews.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([PeerReviewEntity, PeerReviewRoundEntity]),
    CohortMembershipModule,
    CoursesModule,
    NotificationsModule,
    PrototypesModule,
  ],
  controllers: [ReviewsController],
  providers: [ReviewsRepository, ReviewsService],
  exports: [ReviewsService],
})
export class ReviewsModule {}
