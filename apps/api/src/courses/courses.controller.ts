import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { AnyRole, Roles } from '../common/auth/roles.decorator';
import { Page } from '../common/list/page';
import { SendsPage } from '../common/list/content-range.interceptor';
import { uuidParam } from '../common/uuid.pipe';
import { CoursesService } from './courses.service';
import { CourseDto, CourseListQueryDto, CreateCourseDto, UpdateCourseDto } from './dto/course.dto';
import {
  ApiProblems,
  ApiReadProblems,
  ApiWriteProblems,
  CONTENT_RANGE_HEADER,
} from '../common/openapi/openapi';

@ApiTags('courses')
@ApiBearerAuth()
@Controller('courses')
export class CoursesController {
  constructor(private readonly courses: CoursesService) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'Courses: all for admins and trainers, their own for participants' })
  @ApiOkResponse({
    type: [CourseDto],
    description: 'total in Content-Range; q is full-text',
    headers: CONTENT_RANGE_HEADER,
  })
  @ApiProblems(400, 401)
  @SendsPage()
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: CourseListQueryDto,
  ): Promise<Page<CourseDto>> {
    return this.courses.list(user, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a course' })
  @AnyRole()
  @ApiOkResponse({ type: CourseDto })
  @ApiReadProblems()
  get(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string): Promise<CourseDto> {
    return this.courses.get(user, id);
  }

  @Post()
  @ApiOperation({ summary: 'Create a course with its three phases' })
  @Roles('admin')
  @ApiCreatedResponse({ type: CourseDto })
  @ApiProblems(400, 401, 403, 409, 422)
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateCourseDto): Promise<CourseDto> {
    return this.courses.create(actor, body);
  }

  @Patch(':id')
  @Roles('admin', 'trainer')
  @ApiOperation({
    summary: 'Edit a course: admins any field, assigned trainers its content only',
  })
  @ApiOkResponse({ type: CourseDto })
  @ApiWriteProblems(409, 422)
  update(
    @CurrentUser() actor: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateCourseDto,
  ): Promise<CourseDto> {
    return this.courses.update(actor, id, body);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Delete a course' })
  @Roles('admin')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'also deletes its modules, resources and files' })
  @ApiWriteProblems(409)
  remove(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string): Promise<void> {
    return this.courses.remove(actor, id);
  }
}
