import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  ParseBoolPipe,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
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
import { PairsService } from './pairs.service';
import { readRawBody } from './raw-body';

@ApiTags('cohorts')
@ApiBearerAuth()
@Controller('cohorts/:cohortId')
export class PairsController {
  constructor(private readonly pairs: PairsService) {}

  @Get('pairs')
  @AnyRole()
  @ApiOkResponse({ type: [PairDto] })
  list(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
  ): Promise<PairDto[]> {
    return this.pairs.list(actor, cohortId);
  }

  @Post('pairs')
  @Roles('admin', 'trainer')
  @ApiCreatedResponse({
    type: PairDto,
    description: 'enrolled, or waitlisted when the cohort is full',
  })
  enrol(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
    @Body() body: EnrolPairDto,
  ): Promise<PairDto> {
    return this.pairs.enrol(actor, cohortId, body);
  }

  @Post('applications')
  @Public()
  @ThrottlePublicForm()
  @ApiCreatedResponse({ type: ApplicationReceiptDto })
  apply(
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
    @Body() body: PairApplicationDto,
  ): Promise<ApplicationReceiptDto> {
    return this.pairs.apply(cohortId, body);
  }

  @Post('pairs/:pairId/accept')
  @Roles('admin', 'trainer')
  @HttpCode(200)
  @ApiOkResponse({ type: PairDto })
  accept(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
    @Param('pairId', uuidParam('pairId')) pairId: string,
  ): Promise<PairDto> {
    return this.pairs.accept(actor, cohortId, pairId);
  }

  @Post('pairs/:pairId/decline')
  @Roles('admin', 'trainer')
  @HttpCode(200)
  @ApiOkResponse({ type: PairDto })
  decline(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
    @Param('pairId', uuidParam('pairId')) pairId: string,
  ): Promise<PairDto> {
    return this.pairs.decline(actor, cohortId, pairId);
  }

  @Post('pairs/:pairId/withdraw')
  @Roles('admin', 'trainer')
  @HttpCode(200)
  @ApiOkResponse({ type: PairDto })
  withdraw(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
    @Param('pairId', uuidParam('pairId')) pairId: string,
  ): Promise<PairDto> {
    return this.pairs.withdraw(actor, cohortId, pairId);
  }

  @Post('pairs/import')
  @Roles('admin', 'trainer')
  @HttpCode(200)
  @ApiConsumes('text/csv')
  @ApiOkResponse({ type: ImportReportDto })
  async import(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
    @Query('dryRun', new ParseBoolPipe({ optional: true })) dryRun: boolean | undefined,
    @Req() request: Request,
  ): Promise<ImportReportDto> {
    return this.pairs.import(actor, cohortId, await readRawBody(request), dryRun ?? false);
  }

  @Get('roster.csv')
  @Roles('admin', 'trainer')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiOkResponse({ description: 'CSV' })
  roster(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
  ): Promise<string> {
    return this.pairs.rosterCsv(actor, cohortId);
  }
}
