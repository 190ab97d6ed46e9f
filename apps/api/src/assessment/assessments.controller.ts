import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { AnyRole, Roles } from '../common/auth/roles.decorator';
import { ApiReadProblems, ApiWriteProblems } from '../common/openapi/openapi';
import { uuidParam } from '../common/uuid.pipe';
import { AssessmentsService } from './assessments.service';
import { AssessmentDto, RecordAssessmentDto } from './dto/assessment.dto';
import { ParticipantEligibilityDto } from './dto/eligibility.dto';

/** A cohort's assessment grid (participants × phases) and certificate eligibility. */
@ApiTags('assessment')
@ApiBearerAuth()
@Controller('cohorts/:cohortId')
export class AssessmentsController {
  constructor(private readonly assessments: AssessmentsService) {}

  @Get('assessments')
  @AnyRole()
  @ApiOperation({ summary: "The cohort's assessments per participant and phase" })
  @ApiOkResponse({ type: [AssessmentDto], description: 'a participant gets their own' })
  @ApiReadProblems()
  list(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
  ): Promise<AssessmentDto[]> {
    return this.assessments.list(actor, cohortId);
  }

  @Put('assessments')
  @Roles('admin', 'trainer')
  @ApiOperation({
    summary: 'Record whether a participant acquired a phase (acquired | not_yet)',
    description:
      "The cohort's trainers and admins; one status per participant and phase, recorded " +
      'again it is updated. Audited with the previous status and comment.',
  })
  @ApiOkResponse({ type: AssessmentDto })
  @ApiWriteProblems(422)
  record(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
    @Body() body: RecordAssessmentDto,
  ): Promise<AssessmentDto> {
    return this.assessments.record(actor, cohortId, body);
  }

  @Get('eligibility')
  @AnyRole()
  @ApiOperation({
    summary: 'Certificate eligibility of each enrolled participant, with the reasons when not',
    description:
      "Attendance of every phase ≥ the course's minimum (a phase without sessions counts as " +
      "0 %), the pair's prototype accepted when the course requires it, every phase acquired.",
  })
  @ApiOkResponse({ type: [ParticipantEligibilityDto], description: 'a participant gets their own' })
  @ApiReadProblems()
  eligibility(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
  ): Promise<ParticipantEligibilityDto[]> {
    return this.assessments.eligibilityOf(actor, cohortId);
  }
}
