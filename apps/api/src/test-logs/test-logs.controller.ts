import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
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
import { ApiReadProblems, ApiWriteProblems } from '../common/openapi/openapi';
import { uuidParam } from '../common/uuid.pipe';
import {
  CreateTestLogDto,
  TestLogAggregateDto,
  TestLogAggregateQueryDto,
  TestLogDto,
  TestLogListQueryDto,
  UpdateTestLogDto,
} from './dto/test-log.dto';
import { TestLogsService } from './test-logs.service';

/** Phase 2: the civic-tech tests pairs record, and what they add up to per tool. */
@ApiTags('test-logs')
@ApiBearerAuth()
@Controller('test-logs')
export class TestLogsController {
  constructor(private readonly logs: TestLogsService) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: "List test logs: a participant's pair's, a trainer's cohorts'" })
  @ApiOkResponse({ type: [TestLogDto], description: 'total in Content-Range' })
  @ApiReadProblems()
  @SendsPage()
  list(
    @CurrentUser() actor: AuthUser,
    @Query() query: TestLogListQueryDto,
  ): Promise<Page<TestLogDto>> {
    return this.logs.list(actor, query);
  }

  @Get('aggregate')
  @AnyRole()
  @ApiOperation({ summary: "Per tool: a cohort's tests (cohortId) or a tool's across all cohorts" })
  @ApiOkResponse({ type: [TestLogAggregateDto] })
  @ApiReadProblems()
  aggregate(
    @CurrentUser() actor: AuthUser,
    @Query() query: TestLogAggregateQueryDto,
  ): Promise<TestLogAggregateDto[]> {
    return this.logs.aggregate(actor, query);
  }

  @Get(':id')
  @AnyRole()
  @ApiOperation({ summary: 'Get a test log' })
  @ApiOkResponse({ type: TestLogDto })
  @ApiReadProblems()
  get(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string): Promise<TestLogDto> {
    return this.logs.get(actor, id);
  }

  @Post()
  @Roles('participant')
  @ApiOperation({ summary: "Record a test of a civic-tech for the caller's pair" })
  @ApiCreatedResponse({ type: TestLogDto })
  @ApiWriteProblems(422)
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateTestLogDto): Promise<TestLogDto> {
    return this.logs.create(actor, body);
  }

  @Patch(':id')
  @Roles('participant')
  @ApiOperation({ summary: "Edit one of the pair's test logs" })
  @ApiOkResponse({ type: TestLogDto })
  @ApiWriteProblems(422)
  update(
    @CurrentUser() actor: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateTestLogDto,
  ): Promise<TestLogDto> {
    return this.logs.update(actor, id, body);
  }
}
