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
import { CourseModulesService } from './course-modules.service';
import {
  CourseModuleDto,
  CourseModuleListQueryDto,
  CreateCourseModuleDto,
  UpdateCourseModuleDto,
} from './dto/course-module.dto';
import {
  ApiProblems,
  ApiReadProblems,
  ApiWriteProblems,
  CONTENT_RANGE_HEADER,
} from '../common/openapi/openapi';

/** Modules of a course's phases; readable like their course, editable by its editors. */
@ApiTags('courses')
@ApiBearerAuth()
@Controller('course-modules')
export class CourseModulesController {
  constructor(private readonly modules: CourseModulesService) {}

  @Get()
  @ApiOperation({ summary: 'List course modules' })
  @AnyRole()
  @ApiOkResponse({
    type: [CourseModuleDto],
    description: 'total in Content-Range',
    headers: CONTENT_RANGE_HEADER,
  })
  @ApiProblems(400, 401)
  @SendsPage()
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: CourseModuleListQueryDto,
  ): Promise<Page<CourseModuleDto>> {
    return this.modules.list(user, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a course module' })
  @AnyRole()
  @ApiOkResponse({ type: CourseModuleDto })
  @ApiReadProblems()
  get(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) id: string,
  ): Promise<CourseModuleDto> {
    return this.modules.get(user, id);
  }

  @Post()
  @ApiOperation({ summary: 'Add a module to a phase of a course' })
  @Roles('admin', 'trainer')
  @ApiCreatedResponse({ type: CourseModuleDto })
  @ApiProblems(400, 401, 403, 422)
  create(
    @CurrentUser() actor: AuthUser,
    @Body() body: CreateCourseModuleDto,
  ): Promise<CourseModuleDto> {
    return this.modules.create(actor, body);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit a course module' })
  @Roles('admin', 'trainer')
  @ApiOkResponse({ type: CourseModuleDto })
  @ApiWriteProblems()
  update(
    @CurrentUser() actor: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateCourseModuleDto,
  ): Promise<CourseModuleDto> {
    return this.modules.update(actor, id, body);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Delete a course module' })
  @Roles('admin', 'trainer')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'also deletes its resources and their files' })
  @ApiWriteProblems()
  remove(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string): Promise<void> {
    return this.modules.remove(actor, id);
  }
}
