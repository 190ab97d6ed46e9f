import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { AnyRole } from '../common/auth/roles.decorator';
import { Page } from '../common/list/page';
import { SendsPage } from '../common/list/content-range.interceptor';
import { ApiReadProblems, ApiWriteProblems, CONTENT_RANGE_HEADER } from '../common/openapi/openapi';
import {
  FollowUpListQueryDto,
  FollowUpPathDto,
  FollowUpRecordDto,
  FollowUpSlotDto,
  RecordFollowUpDto,
} from './dto/follow-up.dto';
import { FollowUpsService } from './follow-ups.service';

/** What became of each pair's strategy 3, 6 and 12 months after the training. */
@ApiTags('impact')
@ApiBearerAuth()
@Controller('follow-ups')
export class FollowUpsController {
  constructor(private readonly followUps: FollowUpsService) {}

  @Get()
  @AnyRole()
  @ApiOperation({
    summary: 'Follow-ups per pair and milestone: upcoming, due, overdue (30 days on) or recorded',
    description: "Trainers see their cohorts' pairs, participants their own pair, admins all.",
  })
  @ApiOkResponse({ type: [FollowUpSlotDto], headers: CONTENT_RANGE_HEADER })
  @ApiReadProblems()
  @SendsPage()
  list(
    @CurrentUser() actor: AuthUser,
    @Query() query: FollowUpListQueryDto,
  ): Promise<Page<FollowUpSlotDto>> {
    return this.followUps.list(actor, query);
  }

  @Put(':pairId/:milestone')
  @AnyRole()
  @ApiOperation({
    summary: "Record a pair's follow-up (a member, or a trainer of the cohort on their behalf)",
    description:
      'Only once the cohort has ended and the milestone is due; recording it again replaces it.',
  })
  @ApiOkResponse({ type: FollowUpRecordDto })
  @ApiWriteProblems(422)
  record(
    @CurrentUser() actor: AuthUser,
    @Param() path: FollowUpPathDto,
    @Body() body: RecordFollowUpDto,
  ): Promise<FollowUpRecordDto> {
    return this.followUps.record(actor, path, body);
  }
}
