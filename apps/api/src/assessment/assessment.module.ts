import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssessmentCriterionEntity, AssessmentEntity } from '@apprenance/db';
import { EligibilityRepository } from './eligibility.repository';
import { EligibilityService } from './eligibility.service';

/**
 * Trainer assessment (validation des acquis): the rubric of each course and phase, each
 * participant's status per phase, and certificate eligibility, which certificates import.
 */
@Module({
  imports: [TypeOrmModule.forFeature([AssessmentEntity, AssessmentCriterionEntity])],
  providers: [EligibilityRepository, EligibilityService],
  exports: [EligibilityService],
})
export class AssessmentModule {}
