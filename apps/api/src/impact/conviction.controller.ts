import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { Roles } from '../common/auth/roles.decorator';
import { ApiReadProblems, ApiWriteProblems } from '../common/openapi/openapi';
import { ConvictionService } from './conviction.service';
import { ConvictionPathDto, ConvictionScaleDto, ConvictionSlotDto } from './dto/conviction.dto';

/** The conviction questionnaire a participant answers before and after their cohort. */
@ApiTags('impact')
@ApiBearerAuth()
@Controller('conviction')
export class ConvictionController {
  constructor(private readonly conviction: ConvictionService) {}

  @Get()
  @Roles('participant')
  @ApiOperation({ summary: "The caller's questionnaires: before and after each of their cohorts" })
  @ApiOkResponse({ type: [ConvictionSlotDto] })
  @ApiReadProblems(403)
  mine(@CurrentUser() actor: AuthUser): Promise<ConvictionSlotDto[]> {
    return this.conviction.mine(actor);
  }

  @Put(':cohortId/:moment')
  @Roles('participant')
  @ApiOperation({
    summary: 'Answer or change the questionnaire (1–5 each)',
    description:
      '"before" is open from enrolment until the end of the first day of training; "after" from the last day until the 3-month follow-up falls due (cohort time zone). Answering again replaces the answers while open.',
  })
  @ApiOkResponse({ type: ConvictionSlotDto })
  @ApiWriteProblems(422)
  answer(
    @CurrentUser() actor: AuthUser,
    @Param() path: ConvictionPathDto,
    @Body() body: ConvictionScaleDto,
  ): Promise<ConvictionSlotDto> {
    return this.conviction.answer(actor, path, body);
  }
}
