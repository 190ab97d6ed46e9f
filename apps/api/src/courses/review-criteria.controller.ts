import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { AnyRole, Roles } from '../common/auth/roles.decorator';
import { ApiReadProblems, ApiWriteProblems } from '../common/openapi/openapi';
import { uuidParam } from '../common/uuid.pipe';
import { ReplaceReviewCriteriaDto, ReviewCriterionDto } from './dto/review-criteria.dto';
import { ReviewCriteriaService } from './review-criteria.service';

/** The criteria peers score each other's prototypes on, per course, in French and English. */
@ApiTags('courses')
@ApiBearerAuth()
@Controller('courses/:id/review-criteria')
export class ReviewCriteriaController {
  constructor(private readonly criteria: ReviewCriteriaService) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: "The course's peer-review rubric, in order" })
  @ApiOkResponse({ type: [ReviewCriterionDto] })
  @ApiReadProblems()
  list(
    @CurrentUser() actor: AuthUser,
    @Param('id', uuidParam()) id: string,
  ): Promise<ReviewCriterionDto[]> {
    return this.criteria.list(actor, id);
  }

  @Put()
  @Roles('admin', 'trainer')
  @ApiOperation({ summary: "Replace the course's peer-review rubric" })
  @ApiOkResponse({ type: [ReviewCriterionDto] })
  @ApiWriteProblems()
  replace(
    @CurrentUser() actor: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Body() body: ReplaceReviewCriteriaDto,
  ): Promise<ReviewCriterionDto[]> {
    return this.criteria.replace(actor, id, body);
  }
}
