import { CsvDownload } from '../common/csv/csv-download';
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
  ApiOperation,
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
import { ApiProblems, ApiWriteProblems } from '../common/openapi/openapi';
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
  @ApiOperation({ summary: 'List the sessions of a cohort' })
  @AnyRole()
  @ApiOkResponse({ type: [SessionDto], description: 'local fields in the cohort’s time zone' })
  @ApiWriteProblems()
  list(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
  ): Promise<SessionDto[]> {
    return this.sessions.list(actor, cohortId);
  }

  @Patch('sessions/:sessionId')
  @ApiOperation({ summary: 'Edit a session' })
  @Roles('admin', 'trainer')
  @ApiOkResponse({ type: SessionDto })
  @ApiWriteProblems(422)
  update(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
    @Param('sessionId', uuidParam('sessionId')) sessionId: string,
    @Body() body: UpdateSessionDto,
  ): Promise<SessionDto> {
    return this.sessions.update(actor, cohortId, sessionId, body);
  }

  @Put('sessions/:sessionId/attendance')
  @ApiOperation({ summary: 'Record the attendance of a session' })
  @Roles('admin', 'trainer')
  @ApiOkResponse({
    type: [AttendanceDto],
    description: 'the session’s attendance after the change',
  })
  @ApiWriteProblems(422)
  record(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
    @Param('sessionId', uuidParam('sessionId')) sessionId: string,
    @Body() body: BulkAttendanceDto,
  ): Promise<AttendanceDto[]> {
    return this.attendance.record(actor, cohortId, sessionId, body);
  }

  @Get('attendance')
  @ApiOperation({ summary: 'List the attendance of a cohort' })
  @AnyRole()
  @ApiOkResponse({ type: [AttendanceDto], description: 'a participant gets their own' })
  @ApiWriteProblems()
  listAttendance(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
  ): Promise<AttendanceDto[]> {
    return this.attendance.list(actor, cohortId);
  }

  @Get('attendance-rates')
  @ApiOperation({ summary: 'Get attendance rates per participant and phase' })
  @AnyRole()
  @ApiOkResponse({ type: [ParticipantRatesDto], description: 'a participant gets their own' })
  @ApiWriteProblems()
  rates(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
  ): Promise<ParticipantRatesDto[]> {
    return this.attendance.rates(actor, cohortId);
  }

  @Get('attendance.csv')
  @ApiOperation({ summary: 'Download the attendance of a cohort as CSV' })
  @Roles('admin', 'trainer')
  @CsvDownload('attendance.csv')
  @ApiOkResponse({
    description: 'one line per participant and session day, UTF-8 with BOM',
    schema: { type: 'string' },
  })
  @ApiWriteProblems()
  attendanceCsv(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
  ): Promise<string> {
    return this.attendance.csv(actor, cohortId);
  }

  @Post('calendar-link')
  @ApiOperation({ summary: 'Create your secret calendar feed link' })
  @AnyRole()
  @ApiCreatedResponse({
    type: CalendarLinkDto,
    description: 'replaces the caller’s previous link',
  })
  @ApiWriteProblems()
  calendarLink(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
  ): Promise<CalendarLinkDto> {
    return this.calendar.issue(actor, cohortId);
  }

  @Delete('calendar-link')
  @ApiOperation({ summary: 'Revoke your calendar feed link' })
  @AnyRole()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'the caller’s feed URL stops working' })
  @ApiWriteProblems()
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
  @ApiOperation({ summary: 'Get a cohort’s calendar feed (iCalendar)' })
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
