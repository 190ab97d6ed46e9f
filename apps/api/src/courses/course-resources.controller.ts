import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  StreamableFile,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { AnyRole, Roles } from '../common/auth/roles.decorator';
import { Page } from '../common/list/page';
import { SendsPage } from '../common/list/content-range.interceptor';
import { uuidParam } from '../common/uuid.pipe';
import { ACCEPTED_TYPES } from '../storage/content-type';
import { CourseResourcesService, UploadedFileData } from './course-resources.service';
import {
  CourseResourceDto,
  CourseResourceListQueryDto,
  CreateCourseResourceDto,
  UpdateCourseResourceDto,
  UploadCourseResourceDto,
} from './dto/course-resource.dto';
import {
  ApiProblems,
  ApiReadProblems,
  ApiWriteProblems,
  CONTENT_RANGE_HEADER,
  DOWNLOAD_HEADERS,
} from '../common/openapi/openapi';
import { toStreamableFile } from './streamable';
import { UploadProblemFilter } from './upload-problem.filter';

/** Course material: links, texts and uploaded files, each in one module. */
@ApiTags('courses')
@ApiBearerAuth()
@ApiExtraModels(UploadCourseResourceDto)
@Controller('course-resources')
export class CourseResourcesController {
  constructor(private readonly resources: CourseResourcesService) {}

  @Get()
  @ApiOperation({ summary: 'List course resources' })
  @AnyRole()
  @ApiOkResponse({
    type: [CourseResourceDto],
    description: 'total in Content-Range',
    headers: CONTENT_RANGE_HEADER,
  })
  @ApiProblems(400, 401)
  @SendsPage()
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: CourseResourceListQueryDto,
  ): Promise<Page<CourseResourceDto>> {
    return this.resources.list(user, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a course resource' })
  @AnyRole()
  @ApiOkResponse({ type: CourseResourceDto })
  @ApiReadProblems()
  get(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) id: string,
  ): Promise<CourseResourceDto> {
    return this.resources.get(user, id);
  }

  @Get(':id/file')
  @AnyRole()
  @ApiOperation({ summary: 'Download the file of a file resource (streamed)' })
  @ApiProduces(...Object.keys(ACCEPTED_TYPES))
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' }, headers: DOWNLOAD_HEADERS })
  @ApiReadProblems()
  async download(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) id: string,
  ): Promise<StreamableFile> {
    return toStreamableFile(await this.resources.download(user, id));
  }

  @Post()
  @Roles('admin', 'trainer')
  @ApiOperation({
    summary: 'Add a link or a text; upload files with POST /course-resources/upload',
  })
  @ApiCreatedResponse({ type: CourseResourceDto })
  @ApiProblems(400, 401, 403, 422)
  create(
    @CurrentUser() actor: AuthUser,
    @Body() body: CreateCourseResourceDto,
  ): Promise<CourseResourceDto> {
    return this.resources.create(actor, body);
  }

  @Post('upload')
  @Roles('admin', 'trainer')
  @UseInterceptors(FileInterceptor('file'))
  @UseFilters(UploadProblemFilter)
  @ApiOperation({
    summary: 'Upload a file resource',
    description:
      'The type is sniffed from the content (PDF, PNG, JPEG, ODT/ODS/ODP, DOCX/XLSX/PPTX, ' +
      'UTF-8 text, Markdown, CSV); a declared type or extension that contradicts it is refused. ' +
      'At most UPLOAD_MAX_SIZE bytes (20 MiB by default).',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      allOf: [
        { $ref: getSchemaPath(UploadCourseResourceDto) },
        {
          type: 'object',
          required: ['file'],
          properties: { file: { type: 'string', format: 'binary' } },
        },
      ],
    },
  })
  @ApiCreatedResponse({ type: CourseResourceDto })
  @ApiProblems(400, 401, 403, 413, 415, 422)
  upload(
    @CurrentUser() actor: AuthUser,
    @Body() body: UploadCourseResourceDto,
    @UploadedFile() file: UploadedFileData | undefined,
  ): Promise<CourseResourceDto> {
    return this.resources.upload(actor, body, file);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit a course resource' })
  @Roles('admin', 'trainer')
  @ApiOkResponse({ type: CourseResourceDto })
  @ApiWriteProblems(422)
  update(
    @CurrentUser() actor: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateCourseResourceDto,
  ): Promise<CourseResourceDto> {
    return this.resources.update(actor, id, body);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Delete a course resource' })
  @Roles('admin', 'trainer')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'also deletes its file' })
  @ApiWriteProblems()
  remove(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string): Promise<void> {
    return this.resources.remove(actor, id);
  }
}
