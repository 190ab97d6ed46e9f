import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/roles.decorator';
import { CsvDownload } from '../common/csv/csv-download';
import { ApiProblems } from '../common/openapi/openapi';
import { DashboardService } from './dashboard.service';
import {
  CoursePathDto,
  DashboardDto,
  PublicChartPathDto,
  PublicImpactCourseDto,
  PublishedCoursesQueryDto,
} from './dto/dashboard.dto';

/**
 * The anonymised impact of the courses an admin published: no names, and no group of fewer
 * than 3 pairs (their shares are withheld, their rows left out).
 */
@ApiTags('public impact')
@Public()
@Controller('public/impact')
export class PublicImpactController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @ApiOperation({ summary: 'Courses whose impact dashboard is public' })
  @ApiOkResponse({ type: [PublicImpactCourseDto] })
  @ApiProblems(400)
  list(@Query() query: PublishedCoursesQueryDto): Promise<PublicImpactCourseDto[]> {
    return this.dashboard.publishedCourses(query.format);
  }

  @Get(':courseId')
  @ApiOperation({ summary: "A course's anonymised impact dashboard" })
  @ApiOkResponse({ type: DashboardDto })
  @ApiProblems(400, 404)
  get(@Param() path: CoursePathDto): Promise<DashboardDto> {
    return this.dashboard.forPublic(path.courseId);
  }

  @Get(':courseId/:chart.csv')
  @CsvDownload('impact.csv')
  @ApiOperation({ summary: "One chart's anonymised data as CSV" })
  @ApiOkResponse({ schema: { type: 'string' } })
  @ApiProblems(400, 404)
  csv(@Param() path: PublicChartPathDto): Promise<string> {
    return this.dashboard.publicCsv(path.courseId, path.chart);
  }
}
