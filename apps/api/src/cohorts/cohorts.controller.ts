import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { AnyRole, Roles } from '../common/auth/roles.decorator';
import { Page } from '../common/list/page';
import { SendsPage } from '../common/list/content-range.interceptor';
import { uuidParam } from '../common/uuid.pipe';
import { CohortsService } from './cohorts.service';
import {
  CohortDto,
  CohortListQueryDto,
  CohortStatusDto,
  CreateCohortDto,
  UpdateCohortDto,
} from './dto/cohort.dto';
import { ApiWriteProblems } from '../common/openapi/openapi';

/** Cohorts: admins see all, trainers the cohorts they run, participants their own. */
@ApiTags('cohorts')
@ApiBearerAuth()
@Controller('cohorts')
export class CohortsController {
  constructor(private readonly cohorts: CohortsService) {}

  @Get()
  @ApiOperation({ summary: 'List the cohorts you may see' })
  @AnyRole()
  @ApiOkResponse({ type: [CohortDto], description: 'total in Content-Range' })
  @SendsPage()
  list(
    @CurrentUser() actor: AuthUser,
    @Query() query: CohortListQueryDto,
  ): Promise<Page<CohortDto>> {
    return this.cohorts.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a cohort' })
  @AnyRole()
  @ApiOkResponse({ type: CohortDto })
  @ApiWriteProblems()
  get(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string): Promise<CohortDto> {
    return this.cohorts.get(actor, id);
  }

  @Post()
  @ApiOperation({ summary: 'Create a cohort of a published course, with its sessions' })
  @Roles('admin', 'trainer')
  @ApiCreatedResponse({ type: CohortDto })
  @ApiWriteProblems(422)
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateCohortDto): Promise<CohortDto> {
    return this.cohorts.create(actor, body);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit a cohort' })
  @Roles('admin', 'trainer')
  @ApiOkResponse({ type: CohortDto })
  @ApiWriteProblems(409, 422)
  update(
    @CurrentUser() actor: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateCohortDto,
  ): Promise<CohortDto> {
    return this.cohorts.update(actor, id, body);
  }

  @Post(':id/status')
  @ApiOperation({ summary: 'Move a cohort to another status' })
  @Roles('admin', 'trainer')
  @HttpCode(200)
  @ApiOkResponse({ type: CohortDto })
  @ApiWriteProblems(422)
  changeStatus(
    @CurrentUser() actor: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Body() body: CohortStatusDto,
  ): Promise<CohortDto> {
    return this.cohorts.changeStatus(actor, id, body.status);
  }
}
