import { Body, Controller, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { AnyRole, Roles } from '../common/auth/roles.decorator';
import { Page } from '../common/list/page';
import { SendsPage } from '../common/list/content-range.interceptor';
import {
  ApiProblems,
  ApiReadProblems,
  ApiWriteProblems,
  CONTENT_RANGE_HEADER,
} from '../common/openapi/openapi';
import { uuidParam } from '../common/uuid.pipe';
import {
  AllocateReviewsDto,
  PeerReviewDto,
  PeerReviewListQueryDto,
  PrototypeReviewSummaryDto,
  ReviewSummaryQueryDto,
  SubmitReviewDto,
  SwapReviewerDto,
} from './dto/peer-review.dto';
import { ReviewsService } from './reviews.service';

/** Peer review of submitted prototypes within a cohort. */
@ApiTags('peer-reviews')
@ApiBearerAuth()
@Controller('peer-reviews')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: "List reviews: a pair's to write and received, a trainer's cohorts'" })
  @ApiOkResponse({
    type: [PeerReviewDto],
    description: 'total in Content-Range',
    headers: CONTENT_RANGE_HEADER,
  })
  @ApiProblems(400, 401)
  @SendsPage()
  list(
    @CurrentUser() actor: AuthUser,
    @Query() query: PeerReviewListQueryDto,
  ): Promise<Page<PeerReviewDto>> {
    return this.reviews.list(actor, query);
  }

  @Get('summary')
  @Roles('admin', 'trainer')
  @ApiOperation({ summary: 'Per prototype: the spread of scores and who has not reviewed yet' })
  @ApiOkResponse({ type: [PrototypeReviewSummaryDto] })
  @ApiReadProblems(403)
  summary(
    @CurrentUser() actor: AuthUser,
    @Query() query: ReviewSummaryQueryDto,
  ): Promise<PrototypeReviewSummaryDto[]> {
    return this.reviews.summary(actor, query.cohortId);
  }

  @Post('allocate')
  @Roles('admin', 'trainer')
  @ApiOperation({
    summary: 'Allocate reviewers: each pair reviews N others and receives N, never its own',
  })
  @ApiCreatedResponse({ type: [PeerReviewDto] })
  @ApiWriteProblems(409, 422)
  allocate(
    @CurrentUser() actor: AuthUser,
    @Body() body: AllocateReviewsDto,
  ): Promise<PeerReviewDto[]> {
    return this.reviews.allocate(actor, body);
  }

  @Get(':id')
  @AnyRole()
  @ApiOperation({ summary: 'Get a review' })
  @ApiOkResponse({ type: PeerReviewDto })
  @ApiReadProblems()
  get(
    @CurrentUser() actor: AuthUser,
    @Param('id', uuidParam()) id: string,
  ): Promise<PeerReviewDto> {
    return this.reviews.get(actor, id);
  }

  @Put(':id')
  @Roles('participant')
  @ApiOperation({ summary: 'Write the review (a member of the reviewing pair, once)' })
  @ApiOkResponse({ type: PeerReviewDto })
  @ApiWriteProblems(409, 422)
  submit(
    @CurrentUser() actor: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Body() body: SubmitReviewDto,
  ): Promise<PeerReviewDto> {
    return this.reviews.submit(actor, id, body);
  }

  @Patch(':id/reviewer')
  @Roles('admin', 'trainer')
  @ApiOperation({ summary: 'Swap the reviewing pair of a review not yet written' })
  @ApiOkResponse({ type: PeerReviewDto })
  @ApiWriteProblems(409, 422)
  swap(
    @CurrentUser() actor: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Body() body: SwapReviewerDto,
  ): Promise<PeerReviewDto> {
    return this.reviews.swap(actor, id, body);
  }
}
