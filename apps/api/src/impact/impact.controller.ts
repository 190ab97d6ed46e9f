import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { Roles } from '../common/auth/roles.decorator';
import { CsvDownload } from '../common/csv/csv-download';
import { ApiReadProblems, ApiWriteProblems } from '../common/openapi/openapi';
import { DashboardService } from './dashboard.service';
import {
  ChartPathDto,
  CoursePathDto,
  DashboardDto,
  DashboardQueryDto,
  PublicationDto,
  PublicImpactCourseDto,
} from './dto/dashboard.dto';

/** The impact dashboard for staff, and the switch of its public version. */
@ApiTags('impact')
@ApiBearerAuth()
@Controller('impact')
export class ImpactController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get('dashboard')
  @Roles('admin', 'trainer')
  @ApiOperation({
    summary:
      'Adoption and funding at 3/6/12 months beside the URBACT baseline, civic-techs tested vs deployed, conviction shift, attendance per phase',
    description: 'Admins: every cohort; trainers: the cohorts they run. Shares in percent.',
  })
  @ApiOkResponse({ type: DashboardDto })
  @ApiReadProblems(403)
  get(@CurrentUser() actor: AuthUser, @Query() query: DashboardQueryDto): Promise<DashboardDto> {
    return this.dashboard.forStaff(actor, query);
  }

  @Get('dashboard/:chart.csv')
  @Roles('admin', 'trainer')
  @CsvDownload('impact.csv')
  @ApiOperation({ summary: "One chart's data as CSV (UTF-8 with BOM)" })
  @ApiOkResponse({ schema: { type: 'string' } })
  @ApiReadProblems(403)
  csv(
    @CurrentUser() actor: AuthUser,
    @Param() path: ChartPathDto,
    @Query() query: DashboardQueryDto,
  ): Promise<string> {
    return this.dashboard.staffCsv(actor, query, path.chart);
  }

  @Put('publications/:courseId')
  @Roles('admin')
  @ApiOperation({ summary: "Turn a course's public, anonymised dashboard on or off" })
  @ApiOkResponse({ type: [PublicImpactCourseDto], description: 'the published courses' })
  @ApiWriteProblems()
  publish(
    @CurrentUser() actor: AuthUser,
    @Param() path: CoursePathDto,
    @Body() body: PublicationDto,
  ): Promise<PublicImpactCourseDto[]> {
    return this.dashboard.publish(actor, path.courseId, body.public);
  }
}
