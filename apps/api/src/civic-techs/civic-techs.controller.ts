import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
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
import { CivicTechsService } from './civic-techs.service';
import {
  CivicTechDto,
  CivicTechListQueryDto,
  CreateCivicTechDto,
  UpdateCivicTechDto,
} from './dto/civic-tech.dto';
import {
  ApiProblems,
  ApiReadProblems,
  ApiWriteProblems,
  CONTENT_RANGE_HEADER,
} from '../common/openapi/openapi';

/** The civic-tech catalogue: admins manage it; everyone reads it (publicly under /public). */
@ApiTags('civic-techs')
@ApiBearerAuth()
@Controller('civic-techs')
export class CivicTechsController {
  constructor(private readonly techs: CivicTechsService) {}

  @Get()
  @ApiOperation({ summary: 'List the civic-tech catalogue' })
  @AnyRole()
  @ApiOkResponse({
    type: [CivicTechDto],
    description: 'total in Content-Range; q is full-text',
    headers: CONTENT_RANGE_HEADER,
  })
  @ApiProblems(400, 401)
  @SendsPage()
  list(@Query() query: CivicTechListQueryDto): Promise<Page<CivicTechDto>> {
    return this.techs.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a civic tech' })
  @AnyRole()
  @ApiOkResponse({ type: CivicTechDto })
  @ApiReadProblems()
  get(@Param('id', uuidParam()) id: string): Promise<CivicTechDto> {
    return this.techs.get(id);
  }

  @Post()
  @ApiOperation({ summary: 'Add a civic tech to the catalogue' })
  @Roles('admin')
  @ApiCreatedResponse({ type: CivicTechDto })
  @ApiProblems(400, 401, 403, 409)
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateCivicTechDto): Promise<CivicTechDto> {
    return this.techs.create(actor, body);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit a civic tech' })
  @Roles('admin')
  @ApiOkResponse({ type: CivicTechDto })
  @ApiWriteProblems(409)
  update(
    @CurrentUser() actor: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateCivicTechDto,
  ): Promise<CivicTechDto> {
    return this.techs.update(actor, id, body);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Remove a civic tech from the catalogue' })
  @Roles('admin')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiWriteProblems()
  remove(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string): Promise<void> {
    return this.techs.remove(actor, id);
  }
}
