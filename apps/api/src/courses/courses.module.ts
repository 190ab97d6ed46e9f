import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  CourseEntity,
  CourseModuleEntity,
  CoursePhaseEntity,
  CourseResourceEntity,
  CourseReviewCriterionEntity,
  CourseTrainerEntity,
} from '@apprenance/db';
import { CohortMembershipModule } from '../cohorts/cohort-membership.module';
import { uploadMulterModule } from '../storage/upload-multer';
import { UsersModule } from '../users/users.module';
import { CourseAccess, CourseAccessRepository } from './course-access';
import { CourseContentRepository } from './course-content.repository';
import { CourseModulesController } from './course-modules.controller';
import { CourseModulesService } from './course-modules.service';
import { CourseResourcesController } from './course-resources.controller';
import { CourseResourcesService } from './course-resources.service';
import { CoursesController } from './courses.controller';
import { CoursesRepository } from './courses.repository';
import { CoursesService } from './courses.service';
import { ReviewCriteriaController } from './review-criteria.controller';
import { ReviewCriteriaRepository } from './review-criteria.repository';
import { ReviewCriteriaService } from './review-criteria.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      CourseEntity,
      CoursePhaseEntity,
      CourseTrainerEntity,
      CourseModuleEntity,
      CourseResourceEntity,
      CourseReviewCriterionEntity,
    ]),
    CohortMembershipModule,
    UsersModule,
    uploadMulterModule(),
  ],
  controllers: [
    CoursesController,
    CourseModulesController,
    CourseResourcesController,
    ReviewCriteriaController,
  ],
  providers: [
    CoursesRepository,
    CourseContentRepository,
    CourseAccessRepository,
    CourseAccess,
    CoursesService,
    CourseModulesService,
    CourseResourcesService,
    ReviewCriteriaRepository,
    ReviewCriteriaService,
  ],
  exports: [
    CoursesRepository,
    CourseContentRepository,
    CourseAccess,
    CourseAccessRepository,
    CoursesService,
    CourseModulesService,
    CourseResourcesService,
    ReviewCriteriaService,
  ],
})
export class CoursesModule {}
