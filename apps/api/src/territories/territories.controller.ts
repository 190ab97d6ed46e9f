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
import { Roles } from '../common/auth/roles.decorator';
import { Page } from '../common/list/page';
import { SendsPage } from '../common/list/content-range.interceptor';
import { uuidParam } from '../common/uuid.pipe';
import {
  CreateTerritoryDto,
  TerritoryDto,
  TerritoryListQueryDto,
  UpdateTerritoryDto,
} from './dto/territory.dto';
import { TerritoriesService } from './territories.service';

/** Territories are not personal data: trainers read them to enrol pairs, admins manage them. */
@ApiTags('territories')
@ApiBearerAuth()
@Controller('territories')
export class TerritoriesController {
  constructor(private readonly territories: TerritoriesService) {}

  @Get()
  @ApiOperation({ summary: 'List territories' })
  @Roles('admin', 'trainer')
  @ApiOkResponse({ type: [TerritoryDto], description: 'total in Content-Range' })
  @SendsPage()
  list(@Query() query: TerritoryListQueryDto): Promise<Page<TerritoryDto>> {
    return this.territories.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a territory' })
  @Roles('admin', 'trainer')
  @ApiOkResponse({ type: TerritoryDto })
  get(@Param('id', uuidParam()) id: string): Promise<TerritoryDto> {
    return this.territories.get(id);
  }

  @Post()
  @ApiOperation({ summary: 'Create a territory' })
  @Roles('admin')
  @ApiCreatedResponse({ type: TerritoryDto })
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateTerritoryDto): Promise<TerritoryDto> {
    return this.territories.create(actor, body);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit a territory' })
  @Roles('admin')
  @ApiOkResponse({ type: TerritoryDto })
  update(
    @CurrentUser() actor: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateTerritoryDto,
  ): Promise<TerritoryDto> {
    return this.territories.update(actor, id, body);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Delete a territory' })
  @Roles('admin')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string): Promise<void> {
    return this.territories.remove(actor, id);
  }
}
