import { CsvDownload } from '../common/csv/csv-download';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseBoolPipe,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiQuery,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { AnyRole, Public, Roles } from '../common/auth/roles.decorator';
import { ThrottlePublicForm } from '../common/throttling/throttle';
import { uuidParam } from '../common/uuid.pipe';
import {
  ApplicationReceiptDto,
  EnrolPairDto,
  ImportReportDto,
  PairApplicationDto,
  PairDto,
} from './dto/pair.dto';
import { ApiProblems, ApiWriteProblems } from '../common/openapi/openapi';
import { PairsService } from './pairs.service';
import { CandidatesService } from './candidates.service';
import { CandidateDto, CandidateQueryDto } from './dto/candidate.dto';
import { readRawBody } from './raw-body';

@ApiTags('cohorts')
@ApiBearerAuth()
@Controller('cohorts/:cohortId')
export class PairsController {
  constructor(
    private readonly pairs: PairsService,
    private readonly candidates: CandidatesService,
  ) {}

  @Get('candidates')
  @ApiOperation({ summary: 'List the participants who may still join a pair of the cohort' })
  @Roles('admin', 'trainer')
  @ApiOkResponse({ type: [CandidateDto], description: 'at most 50, by name' })
  @ApiWriteProblems()
  listCandidates(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
    @Query() query: CandidateQueryDto,
  ): Promise<CandidateDto[]> {
    return this.candidates.list(actor, cohortId, query);
  }

  @Get('pairs')
  @ApiOperation({ summary: 'List the pairs of a cohort' })
  @AnyRole()
  @ApiOkResponse({
    type: [PairDto],
    description: 'participants get the enrolled pairs of their cohort, without emails',
  })
  @ApiWriteProblems()
  list(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
  ): Promise<PairDto[]> {
    return this.pairs.list(actor, cohortId);
  }

  @Post('pairs')
  @ApiOperation({ summary: 'Enrol a pair in a cohort' })
  @Roles('admin', 'trainer')
  @ApiCreatedResponse({
    type: PairDto,
    description: 'enrolled, or waitlisted when the cohort is full',
  })
  @ApiWriteProblems(409, 422)
  enrol(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
    @Body() body: EnrolPairDto,
  ): Promise<PairDto> {
    return this.pairs.enrol(actor, cohortId, body);
  }

  @Post('applications')
  @ApiOperation({ summary: 'Apply to a cohort as a pair' })
  @Public()
  @ThrottlePublicForm()
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: ApplicationReceiptDto,
    description:
      'the same answer whether or not an email already has an account; clashes with existing ' +
      'accounts go to the cohort’s trainers',
  })
  @ApiProblems(400, 404, 422, 429)
  apply(
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
    @Body() body: PairApplicationDto,
  ): Promise<ApplicationReceiptDto> {
    return this.pairs.apply(cohortId, body);
  }

  @Post('pairs/:pairId/accept')
  @ApiOperation({ summary: 'Accept a pair’s application' })
  @Roles('admin', 'trainer')
  @HttpCode(200)
  @ApiOkResponse({ type: PairDto })
  @ApiWriteProblems(409, 422)
  accept(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
    @Param('pairId', uuidParam('pairId')) pairId: string,
  ): Promise<PairDto> {
    return this.pairs.accept(actor, cohortId, pairId);
  }

  @Post('pairs/:pairId/decline')
  @ApiOperation({ summary: 'Decline a pair’s application' })
  @Roles('admin', 'trainer')
  @HttpCode(200)
  @ApiOkResponse({ type: PairDto })
  @ApiWriteProblems(422)
  decline(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
    @Param('pairId', uuidParam('pairId')) pairId: string,
  ): Promise<PairDto> {
    return this.pairs.decline(actor, cohortId, pairId);
  }

  @Post('pairs/:pairId/withdraw')
  @ApiOperation({ summary: 'Withdraw a pair from a cohort' })
  @AnyRole()
  @HttpCode(200)
  @ApiOkResponse({
    type: PairDto,
    description:
      'a participant may withdraw their own pair only; the first waitlisted pair takes the seats',
  })
  @ApiWriteProblems(422)
  withdraw(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
    @Param('pairId', uuidParam('pairId')) pairId: string,
  ): Promise<PairDto> {
    return this.pairs.withdraw(actor, cohortId, pairId);
  }

  @Post('pairs/import')
  @ApiOperation({ summary: 'Import pairs from a CSV file' })
  @Roles('admin', 'trainer')
  @HttpCode(200)
  @ApiConsumes('text/csv')
  @ApiQuery({ name: 'dryRun', required: false, type: Boolean, description: 'check, write nothing' })
  @ApiBody({
    description:
      'one pair per line, header row first; UTF-8 (with or without BOM) or Windows-1252/Latin-1',
    schema: { type: 'string', example: 'territory_name;territory_country;…' },
  })
  @ApiOkResponse({
    type: ImportReportDto,
    description: 'a dry run reports every line’s problems; an import writes all lines or none',
  })
  @ApiWriteProblems(422)
  async import(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
    @Query('dryRun', new ParseBoolPipe({ optional: true })) dryRun: boolean | undefined,
    @Req() request: Request,
  ): Promise<ImportReportDto> {
    return this.pairs.import(actor, cohortId, await readRawBody(request), dryRun ?? false);
  }

  @Get('roster.csv')
  @ApiOperation({ summary: 'Download the cohort’s roster as CSV' })
  @Roles('admin', 'trainer')
  @CsvDownload('roster.csv')
  @ApiOkResponse({
    description: 'every pair with its members, UTF-8 with BOM',
    schema: { type: 'string' },
  })
  @ApiWriteProblems()
  roster(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
  ): Promise<string> {
    return this.pairs.rosterCsv(actor, cohortId);
  }
}
