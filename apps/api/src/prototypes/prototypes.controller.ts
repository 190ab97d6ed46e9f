import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
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
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
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
  DOWNLOAD_HEADERS,
} from '../common/openapi/openapi';
import { ValidationProblemException } from '../common/problem/validation';
import { uuidParam } from '../common/uuid.pipe';
import type { UploadedFileData } from '../courses/course-resources.service';
import { toStreamableFile } from '../courses/streamable';
import { UploadProblemFilter } from '../courses/upload-problem.filter';
import {
  AttachmentDto,
  CreatePrototypeDto,
  DiffQueryDto,
  PrototypeDiffDto,
  PrototypeDto,
  PrototypeEventDto,
  PrototypeListQueryDto,
  PrototypeVersionDto,
  TransitionDto,
  UpdatePrototypeDto,
} from './dto/prototype.dto';
import { PrototypeAttachmentsService } from './prototype-attachments.service';
import { PrototypeWorkflowService } from './prototype-workflow.service';
import { PrototypesService } from './prototypes.service';

const versionParam = new ParseIntPipe({
  exceptionFactory: () => new ValidationProblemException({ number: ['must be an integer'] }),
});

/** Phase 3: a pair's prototype, its versions, its workflow and its attachments. */
@ApiTags('prototypes')
@ApiBearerAuth()
@Controller('prototypes')
export class PrototypesController {
  constructor(
    private readonly prototypes: PrototypesService,
    private readonly workflow: PrototypeWorkflowService,
    private readonly attachments: PrototypeAttachmentsService,
  ) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: "List prototypes: a participant's pair's, a trainer's cohorts'" })
  @ApiOkResponse({
    type: [PrototypeDto],
    description: 'total in Content-Range',
    headers: CONTENT_RANGE_HEADER,
  })
  @ApiProblems(400, 401)
  @SendsPage()
  list(
    @CurrentUser() actor: AuthUser,
    @Query() query: PrototypeListQueryDto,
  ): Promise<Page<PrototypeDto>> {
    return this.prototypes.list(actor, query);
  }

  @Post()
  @Roles('participant')
  @ApiOperation({ summary: "Open the caller's pair's prototype (one per pair)" })
  @ApiCreatedResponse({ type: PrototypeDto })
  @ApiWriteProblems(409, 422)
  create(@CurrentUser() actor: AuthUser, @Body() body: CreatePrototypeDto): Promise<PrototypeDto> {
    return this.prototypes.create(actor, body);
  }

  @Get(':id')
  @AnyRole()
  @ApiOperation({ summary: 'Get a prototype with its draft' })
  @ApiOkResponse({ type: PrototypeDto })
  @ApiReadProblems()
  get(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string): Promise<PrototypeDto> {
    return this.prototypes.get(actor, id);
  }

  @Patch(':id')
  @Roles('participant')
  @ApiOperation({ summary: "Edit the draft (the pair's members, while it is a draft)" })
  @ApiOkResponse({ type: PrototypeDto })
  @ApiWriteProblems(422)
  update(
    @CurrentUser() actor: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdatePrototypeDto,
  ): Promise<PrototypeDto> {
    return this.prototypes.update(actor, id, body);
  }

  @Post(':id/submit')
  @Roles('participant')
  @HttpCode(200)
  @ApiOperation({ summary: 'Submit the draft: freezes a new version (the pair’s members)' })
  @ApiOkResponse({ type: PrototypeDto })
  @ApiWriteProblems(422)
  submit(
    @CurrentUser() actor: AuthUser,
    @Param('id', uuidParam()) id: string,
  ): Promise<PrototypeDto> {
    return this.workflow.submit(actor, id);
  }

  @Post(':id/transitions')
  @Roles('admin', 'trainer')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Present, request changes or accept, with a comment (the cohort’s trainers)',
  })
  @ApiOkResponse({ type: PrototypeDto })
  @ApiWriteProblems(422)
  transition(
    @CurrentUser() actor: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Body() body: TransitionDto,
  ): Promise<PrototypeDto> {
    return this.workflow.transition(actor, id, body);
  }

  @Get(':id/events')
  @AnyRole()
  @ApiOperation({ summary: 'The workflow history with the trainers’ comments' })
  @ApiOkResponse({ type: [PrototypeEventDto] })
  @ApiReadProblems()
  events(
    @CurrentUser() actor: AuthUser,
    @Param('id', uuidParam()) id: string,
  ): Promise<PrototypeEventDto[]> {
    return this.prototypes.events(actor, id);
  }

  @Get(':id/versions')
  @AnyRole()
  @ApiOperation({ summary: 'The frozen versions, oldest first' })
  @ApiOkResponse({
    type: [PrototypeVersionDto],
    description: 'total in Content-Range',
    headers: CONTENT_RANGE_HEADER,
  })
  @ApiReadProblems()
  @SendsPage()
  versions(
    @CurrentUser() actor: AuthUser,
    @Param('id', uuidParam()) id: string,
  ): Promise<Page<PrototypeVersionDto>> {
    return this.prototypes.versions(actor, id);
  }

  @Get(':id/versions/:number')
  @AnyRole()
  @ApiOperation({ summary: 'One frozen version' })
  @ApiOkResponse({ type: PrototypeVersionDto })
  @ApiReadProblems()
  version(
    @CurrentUser() actor: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Param('number', versionParam) number: number,
  ): Promise<PrototypeVersionDto> {
    return this.prototypes.version(actor, id, number);
  }

  @Get(':id/diff')
  @AnyRole()
  @ApiOperation({ summary: 'Field-by-field differences between two versions' })
  @ApiOkResponse({ type: PrototypeDiffDto })
  @ApiReadProblems()
  diff(
    @CurrentUser() actor: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Query() query: DiffQueryDto,
  ): Promise<PrototypeDiffDto> {
    return this.prototypes.diff(actor, id, query);
  }

  @Post(':id/attachments')
  @Roles('participant')
  @UseInterceptors(FileInterceptor('file'))
  @UseFilters(UploadProblemFilter)
  @ApiOperation({
    summary: 'Attach slides, a PDF or an image to the draft',
    description:
      'The type is sniffed from the content (PDF, PNG, JPEG, ODP, PPTX); a declared type or ' +
      'extension that contradicts it is refused. At most UPLOAD_MAX_SIZE bytes.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiCreatedResponse({ type: AttachmentDto })
  @ApiWriteProblems(413, 415, 422)
  attach(
    @CurrentUser() actor: AuthUser,
    @Param('id', uuidParam()) id: string,
    @UploadedFile() file: UploadedFileData | undefined,
  ): Promise<AttachmentDto> {
    return this.attachments.upload(actor, id, file);
  }

  @Get(':id/attachments/:attachmentId')
  @AnyRole()
  @ApiOperation({ summary: 'Download an attachment (streamed)' })
  @ApiProduces('application/pdf', 'image/png', 'image/jpeg')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' }, headers: DOWNLOAD_HEADERS })
  @ApiReadProblems()
  async download(
    @CurrentUser() actor: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Param('attachmentId', uuidParam('attachmentId')) attachmentId: string,
  ): Promise<StreamableFile> {
    return toStreamableFile(await this.attachments.download(actor, id, attachmentId));
  }
}
