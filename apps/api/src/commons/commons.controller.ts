import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CivicTechDto, CivicTechListQueryDto } from '../civic-techs/dto/civic-tech.dto';
import { Public } from '../common/auth/roles.decorator';
import { Page } from '../common/list/page';
import { SendsPage } from '../common/list/content-range.interceptor';
import { OpenCohortDto } from '../cohorts/dto/open-cohort.dto';
import { ValidationProblemException } from '../common/problem/validation';
import { uuidParam } from '../common/uuid.pipe';
import { ApiProblems, CONTENT_RANGE_HEADER, DOWNLOAD_HEADERS } from '../common/openapi/openapi';
import { toStreamableFile } from '../courses/streamable';
import { ACCEPTED_TYPES } from '../storage/content-type';
import { CommonsService } from './commons.service';
import { PublicCourseDetailDto, PublicCourseDto, PublicCourseListQueryDto } from './dto/public.dto';

const slugParam = {
  transform(value: string): string {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) || value.length > 120)
      throw new ValidationProblemException({ slug: ['must be a slug'] });
    return value;
  },
};

/** The open commons: no account needed, published content only. */
@ApiTags('public commons')
@Public()
@Controller('public')
export class CommonsController {
  constructor(private readonly commons: CommonsService) {}

  @Get('courses')
  @ApiOperation({ summary: 'Published courses (q: accent-insensitive full-text, FR and EN)' })
  @ApiOkResponse({
    type: [PublicCourseDto],
    description: 'total in Content-Range',
    headers: CONTENT_RANGE_HEADER,
  })
  @ApiProblems(400)
  @SendsPage()
  courses(@Query() query: PublicCourseListQueryDto): Promise<Page<PublicCourseDto>> {
    return this.commons.listCourses(query);
  }

  @Get('courses/:slug')
  @ApiOperation({ summary: 'A published course with its phases, modules and resources' })
  @ApiOkResponse({ type: PublicCourseDetailDto })
  @ApiProblems(400, 404)
  course(@Param('slug', slugParam) slug: string): Promise<PublicCourseDetailDto> {
    return this.commons.getCourse(slug);
  }

  @Get('courses/:slug/cohorts')
  @ApiOperation({ summary: 'The cohorts of a published course that take applications' })
  @ApiOkResponse({ type: [OpenCohortDto] })
  @ApiProblems(400, 404)
  cohorts(@Param('slug', slugParam) slug: string): Promise<OpenCohortDto[]> {
    return this.commons.listOpenCohorts(slug);
  }

  @Get('resources/:id/file')
  @ApiOperation({ summary: 'Download the file of a resource of a published course (streamed)' })
  @ApiProduces(...Object.keys(ACCEPTED_TYPES))
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' }, headers: DOWNLOAD_HEADERS })
  @ApiProblems(400, 404)
  async file(@Param('id', uuidParam()) id: string): Promise<StreamableFile> {
    return toStreamableFile(await this.commons.download(id));
  }

  @Get('civic-techs')
  @ApiOperation({ summary: 'The civic-tech catalogue (q: accent-insensitive full-text)' })
  @ApiOkResponse({
    type: [CivicTechDto],
    description: 'total in Content-Range',
    headers: CONTENT_RANGE_HEADER,
  })
  @ApiProblems(400)
  @SendsPage()
  civicTechs(@Query() query: CivicTechListQueryDto): Promise<Page<CivicTechDto>> {
    return this.commons.listCivicTechs(query);
  }

  @Get('civic-techs/:slug')
  @ApiOperation({ summary: 'Get a civic tech of the public catalogue' })
  @ApiOkResponse({ type: CivicTechDto })
  @ApiProblems(400, 404)
  civicTech(@Param('slug', slugParam) slug: string): Promise<CivicTechDto> {
    return this.commons.getCivicTech(slug);
  }

  @Get('commons.zip')
  @ApiOperation({
    summary: 'Open-data export',
    description:
      'A zip of CSV and JSON files: published courses, their phases, modules and resource ' +
      'metadata, and the civic-tech catalogue, with a README stating the licences.',
  })
  @ApiProduces('application/zip')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async export(): Promise<StreamableFile> {
    return new StreamableFile(await this.commons.exportZip(), {
      type: 'application/zip',
      disposition: 'attachment; filename="apprenance-commons.zip"',
    });
  }
}
