import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssessmentCriterionEntity, AssessmentEntity } from '@apprenance/db';
import { CohortMembershipModule } from '../cohorts/cohort-membership.module';
import { CoursesModule } from '../courses/courses.module';
import { AssessmentCriteriaController } from './assessment-criteria.controller';
import { AssessmentCriteriaRepository } from './assessment-criteria.repository';
import { AssessmentCriteriaService } from './assessment-criteria.service';
import { AssessmentsController } from './assessments.controller';
import { AssessmentsRepository } from './assessments.repository';
import { AssessmentsService } from './assessments.service';
import { EligibilityRepository } from './eligibility.repository';
import { EligibilityService } from './eligibility.service';

/**
 * Trainer assessment (validation des acquis): the rubric of each course and phase, each
 * participant's status per phase, and certificate eligibility, which certificates import.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([AssessmentEntity, AssessmentCriterionEntity]),
    CohortMembershipModule,
    CoursesModule,
  ],
  controllers: [AssessmentsController, AssessmentCriteriaController],
  providers: [
    EligibilityRepository,
    EligibilityService,
    AssessmentsRepository,
    AssessmentsService,
    AssessmentCriteriaRepository,
    AssessmentCriteriaService,
  ],
  exports: [EligibilityService, AssessmentsService, AssessmentCriteriaService],
})
export class AssessmentModule {}
