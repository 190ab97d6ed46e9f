import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { AnyRole, Roles } from '../common/auth/roles.decorator';
import { ApiReadProblems, ApiWriteProblems } from '../common/openapi/openapi';
import { uuidParam } from '../common/uuid.pipe';
import { AssessmentCriteriaService } from './assessment-criteria.service';
import {
  AssessmentCriterionDto,
  ReplaceAssessmentCriteriaDto,
} from './dto/assessment-criteria.dto';

/** The rubric trainers assess each phase against, per course, in French and English. */
@ApiTags('assessment')
@ApiBearerAuth()
@Controller('courses/:id/assessment-criteria')
export class AssessmentCriteriaController {
  constructor(private readonly criteria: AssessmentCriteriaService) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: "The course's assessment rubric, phase by phase, in order" })
  @ApiOkResponse({ type: [AssessmentCriterionDto] })
  @ApiReadProblems()
  list(
    @CurrentUser() actor: AuthUser,
    @Param('id', uuidParam()) id: string,
  ): Promise<AssessmentCriterionDto[]> {
    return this.criteria.list(actor, id);
  }

  @Put()
  @Roles('admin', 'trainer')
  @ApiOperation({
    summary: "Replace one phase's assessment rubric (admins, the course's trainers)",
  })
  @ApiOkResponse({ type: [AssessmentCriterionDto], description: 'the whole rubric after' })
  @ApiWriteProblems()
  replace(
    @CurrentUser() actor: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Body() body: ReplaceAssessmentCriteriaDto,
  ): Promise<AssessmentCriterionDto[]> {
    return this.criteria.replace(actor, id, body);
  }
}
