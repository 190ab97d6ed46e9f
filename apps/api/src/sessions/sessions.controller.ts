import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { AnyRole, Public, Roles } from '../common/auth/roles.decorator';
import { uuidParam } from '../common/uuid.pipe';
import { AttendanceService } from './attendance.service';
import { CalendarService } from './calendar.service';
import {
  AttendanceDto,
  BulkAttendanceDto,
  CalendarLinkDto,
  ParticipantRatesDto,
} from './dto/attendance.dto';
import { ApiMemberProblems, ApiProblems } from '../cohorts/dto/problem.dto';
import { SessionDto, UpdateSessionDto } from './dto/session.dto';
import { SessionsService } from './sessions.service';

/** Sessions, attendance and the calendar of one cohort. */
@ApiTags('cohorts')
@ApiBearerAuth()
@Controller('cohorts/:cohortId')
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly attendance: AttendanceService,
    private readonly calendar: CalendarService,
  ) {}

  @Get('sessions')
  @AnyRole()
  @ApiOkResponse({ type: [SessionDto], description: 'local fields in the cohort’s time zone' })
  @ApiMemberProblems()
  list(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
  ): Promise<SessionDto[]> {
    return this.sessions.list(actor, cohortId);
  }

  @Patch('sessions/:sessionId')
  @Roles('admin', 'trainer')
  @ApiOkResponse({ type: SessionDto })
  @ApiMemberProblems(422)
  update(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
    @Param('sessionId', uuidParam('sessionId')) sessionId: string,
    @Body() body: UpdateSessionDto,
  ): Promise<SessionDto> {
    return this.sessions.update(actor, cohortId, sessionId, body);
  }

  @Put('sessions/:sessionId/attendance')
  @Roles('admin', 'trainer')
  @ApiOkResponse({
    type: [AttendanceDto],
    description: 'the session’s attendance after the change',
  })
  @ApiMemberProblems(422)
  record(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
    @Param('sessionId', uuidParam('sessionId')) sessionId: string,
    @Body() body: BulkAttendanceDto,
  ): Promise<AttendanceDto[]> {
    return this.attendance.record(actor, cohortId, sessionId, body);
  }

  @Get('attendance')
  @AnyRole()
  @ApiOkResponse({ type: [AttendanceDto], description: 'a participant gets their own' })
  @ApiMemberProblems()
  listAttendance(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
  ): Promise<AttendanceDto[]> {
    return this.attendance.list(actor, cohortId);
  }

  @Get('attendance-rates')
  @AnyRole()
  @ApiOkResponse({ type: [ParticipantRatesDto], description: 'a participant gets their own' })
  @ApiMemberProblems()
  rates(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
  ): Promise<ParticipantRatesDto[]> {
    return this.attendance.rates(actor, cohortId);
  }

  @Get('attendance.csv')
  @Roles('admin', 'trainer')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'one line per participant and session day, UTF-8 with BOM',
    schema: { type: 'string' },
  })
  @ApiMemberProblems()
  attendanceCsv(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
  ): Promise<string> {
    return this.attendance.csv(actor, cohortId);
  }

  @Post('calendar-link')
  @AnyRole()
  @ApiCreatedResponse({
    type: CalendarLinkDto,
    description: 'replaces the caller’s previous link',
  })
  @ApiMemberProblems()
  calendarLink(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
  ): Promise<CalendarLinkDto> {
    return this.calendar.issue(actor, cohortId);
  }

  @Delete('calendar-link')
  @AnyRole()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'the caller’s feed URL stops working' })
  @ApiMemberProblems()
  revokeCalendar(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
  ): Promise<void> {
    return this.calendar.revoke(actor, cohortId);
  }
}

/** The secret-URL iCalendar feed: no account, the secret is the credential. */
@ApiTags('cohorts')
@Controller('calendars')
export class CalendarFeedController {
  constructor(private readonly calendar: CalendarService) {}

  @Get(':tokenId/:secret.ics')
  @Public()
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    description: 'RFC 5545 calendar: one event per session day, with the VTIMEZONE',
    schema: { type: 'string' },
  })
  @ApiProblems(404)
  feed(
    @Param('tokenId', uuidParam('tokenId')) tokenId: string,
    @Param('secret') secret: string,
  ): Promise<string> {
    return this.calendar.feed(tokenId, secret);
  }
}
