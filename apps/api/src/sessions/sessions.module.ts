import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttendanceEntity, CalendarTokenEntity, CohortSessionEntity } from '@apprenance/db';
import { CohortMembershipModule } from '../cohorts/cohort-membership.module';
import { PairRecordsModule } from '../pairs/pair-records.module';
import { UsersModule } from '../users/users.module';
import { AttendanceService } from './attendance.service';
import { CalendarService } from './calendar.service';
import { CalendarFeedController, SessionsController } from './sessions.controller';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';

/** A cohort's sessions, the attendance taken at them, and the members' calendar feeds. */
@Module({
  imports: [
    TypeOrmModule.forFeature([CohortSessionEntity, AttendanceEntity, CalendarTokenEntity]),
    CohortMembershipModule,
    PairRecordsModule,
    UsersModule,
  ],
  controllers: [SessionsController, CalendarFeedController],
  providers: [SessionsRepository, SessionsService, AttendanceService, CalendarService],
  exports: [SessionsService, AttendanceService],
})
export class SessionsModule {}
