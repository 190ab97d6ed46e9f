import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { AnyRole, Roles } from '../common/auth/roles.decorator';
import { ListQueryDto } from '../common/list/list-query.dto';
import { Page } from '../common/list/page';
import { SendsPage } from '../common/list/content-range.interceptor';
import {
  ApiProblems,
  ApiReadProblems,
  ApiWriteProblems,
  CONTENT_RANGE_HEADER,
  DOWNLOAD_HEADERS,
} from '../common/openapi/openapi';
import { uuidParam } from '../common/uuid.pipe';
import { attachment } from '../courses/streamable';
import { CertificateFilesService } from './certificate-files.service';
import { CertificatesService } from './certificates.service';
import {
  BatchDto,
  BatchStartedDto,
  CertificateDto,
  IssueOneDto,
  ReissueDto,
  RevokeDto,
} from './dto/certificate.dto';

const PDF = 'application/pdf';

/** Issuing (admins), following (a cohort's trainers too) and downloading certificates. */
@ApiTags('certificates')
@ApiBearerAuth()
@Controller()
export class CertificatesController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly files: CertificateFilesService,
  ) {}

  @Get('cohorts/:cohortId/certificates')
  @Roles('admin', 'trainer')
  @ApiOperation({ summary: "A cohort's certificates, every status (its trainers and admins)" })
  @ApiOkResponse({ type: [CertificateDto], headers: CONTENT_RANGE_HEADER })
  @ApiReadProblems(403)
  @SendsPage()
  list(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
    @Query() query: ListQueryDto,
  ): Promise<Page<CertificateDto>> {
    return this.files.list(actor, cohortId, query);
  }

  @Post('cohorts/:cohortId/certificates')
  @Roles('admin')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Issue one participant’s certificate',
    description:
      'Writes the certificate `pending` with its job and returns at once; the worker renders ' +
      'it. A participant who is not eligible is refused (422 `certificate.not_eligible`, the ' +
      'reasons in `errors.participantId`); one who holds a valid certificate gets 409.',
  })
  @ApiAcceptedResponse({ type: BatchStartedDto })
  @ApiWriteProblems(409, 422)
  issueOne(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
    @Body() body: IssueOneDto,
  ): Promise<BatchStartedDto> {
    return this.certificates.issueOne(actor, cohortId, body.participantId);
  }

  @Post('cohorts/:cohortId/certificate-batches')
  @Roles('admin')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Issue the certificates of every eligible participant without one',
    description: 'One request, one transaction: the rows and their jobs; poll the batch.',
  })
  @ApiAcceptedResponse({ type: BatchStartedDto })
  @ApiWriteProblems(409, 422)
  issueAll(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
  ): Promise<BatchStartedDto> {
    return this.certificates.issueAll(actor, cohortId);
  }

  @Get('cohorts/:cohortId/certificates.zip')
  @Roles('admin', 'trainer')
  @ApiOperation({ summary: "The cohort's issued certificates as one ZIP (streamed)" })
  @ApiProduces('application/zip')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' }, headers: DOWNLOAD_HEADERS })
  @ApiReadProblems(403)
  async zip(
    @CurrentUser() actor: AuthUser,
    @Param('cohortId', uuidParam('cohortId')) cohortId: string,
  ): Promise<StreamableFile> {
    return new StreamableFile(await this.files.zip(actor, cohortId), {
      type: 'application/zip',
      disposition: attachment(`certificates-${cohortId}.zip`),
    });
  }

  @Get('certificate-batches/:id')
  @Roles('admin', 'trainer')
  @ApiOperation({ summary: 'Progress of a batch: its certificates counted per status' })
  @ApiOkResponse({ type: BatchDto })
  @ApiReadProblems()
  batch(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string): Promise<BatchDto> {
    return this.files.batch(actor, id);
  }

  @Get('certificates/mine')
  @Roles('participant')
  @ApiOperation({ summary: "The caller's certificates (issued, revoked or superseded)" })
  @ApiOkResponse({ type: [CertificateDto] })
  @ApiProblems(401, 403)
  mine(@CurrentUser() actor: AuthUser): Promise<CertificateDto[]> {
    return this.files.mine(actor);
  }

  @Get('certificates/:id/pdf')
  @AnyRole()
  @ApiOperation({
    summary: 'Download a certificate’s PDF',
    description: 'A participant only their own issued certificate; staff their cohorts’.',
  })
  @ApiProduces(PDF)
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' }, headers: DOWNLOAD_HEADERS })
  @ApiReadProblems()
  async pdf(
    @CurrentUser() actor: AuthUser,
    @Param('id', uuidParam()) id: string,
  ): Promise<StreamableFile> {
    const file = await this.files.pdf(actor, id);
    return new StreamableFile(file.stream, { type: PDF, disposition: attachment(file.fileName) });
  }

  @Post('certificates/:id/revoke')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Revoke with a reason',
    description: 'Its bit in the status list flips; the verify page gives the date and reason.',
  })
  @ApiOkResponse({ type: CertificateDto })
  @ApiWriteProblems(422)
  revoke(
    @CurrentUser() actor: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Body() body: RevokeDto,
  ): Promise<CertificateDto> {
    return this.certificates.revoke(actor, id, body.reason);
  }

  @Post('certificates/:id/reissue')
  @Roles('admin')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Re-issue after a name correction',
    description: 'A new certificate (new code) is rendered; the old one is superseded by it.',
  })
  @ApiAcceptedResponse({ type: BatchStartedDto })
  @ApiWriteProblems(409, 422)
  reissue(
    @CurrentUser() actor: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Body() body: ReissueDto,
  ): Promise<BatchStartedDto> {
    return this.certificates.reissue(actor, id, body.participantName);
  }
}
