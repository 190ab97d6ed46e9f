import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortEntity, CohortPairEntity } from '@apprenance/db';
import { NotificationsModule } from '../notifications/notifications.module';
import { AttendanceService } from '../sessions/attendance.service';
import { CalendarService } from '../sessions/calendar.service';
import { CohortAccess } from './cohort-access';
import { CohortsController } from './cohorts.controller';
import { CohortsRepository } from './cohorts.repository';
import { CohortsService } from './cohorts.service';
import { EnrolmentService } from '../pairs/enrolment.service';
import { PairsController } from '../pairs/pairs.controller';
import { PairsRepository } from '../pairs/pairs.repository';
import { PairsService } from '../pairs/pairs.service';
import { CalendarFeedController, SessionsController } from '../sessions/sessions.controller';
import { SessionsService } from '../sessions/sessions.service';

@Module({
  imports: [TypeOrmModule.forFeature([CohortEntity, CohortPairEntity]), NotificationsModule],
  controllers: [CohortsController, PairsController, SessionsController, CalendarFeedController],
  providers: [
    CohortsRepository,
    PairsRepository,
    CohortAccess,
    CohortsService,
    EnrolmentService,
    PairsService,
    SessionsService,
    AttendanceService,
    CalendarService,
  ],
  exports: [CohortsService, PairsService, SessionsService, AttendanceService],
})
export class CohortsModule {}
