import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, sizeBytes } from '@apprenance/config';
import {
  CourseEntity,
  CourseModuleEntity,
  CoursePhaseEntity,
  CourseResourceEntity,
  CourseTrainerEntity,
} from '@apprenance/db';
import { memoryStorage } from 'multer';
import { CohortMembershipModule } from '../cohorts/cohort-membership.module';
import { APP_CONFIG } from '../config/config.module';
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

@Module({
  imports: [
    TypeOrmModule.forFeature([
      CourseEntity,
      CoursePhaseEntity,
      CourseTrainerEntity,
      CourseModuleEntity,
      CourseResourceEntity,
    ]),
    CohortMembershipModule,
    UsersModule,
    // Uploads are held in memory up to UPLOAD_MAX_SIZE: the bytes are sniffed before they
    // are stored, and a larger upload is cut off with 413 before it is read to the end.
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        storage: memoryStorage(),
        // Browsers send file names as raw UTF-8, not the latin1 that busboy assumes.
        defParamCharset: 'utf8',
        limits: { fileSize: sizeBytes(config.UPLOAD_MAX_SIZE), files: 1, fields: 20, parts: 25 },
      }),
    }),
  ],
  controllers: [CoursesController, CourseModulesController, CourseResourcesController],
  providers: [
    CoursesRepository,
    CourseContentRepository,
    CourseAccessRepository,
    CourseAccess,
    CoursesService,
    CourseModulesService,
    CourseResourcesService,
  ],
  exports: [
    CoursesRepository,
    CourseContentRepository,
    CourseAccess,
    CourseAccessRepository,
    CoursesService,
    CourseModulesService,
    CourseResourcesService,
  ],
})
export class CoursesModule {}
