import {
  Body,
  Controller,
  Get,
  Header,
  Headers,
  HttpCode,
  Param,
  ParseIntPipe,
  Post,
  Query,
  UploadedFile,
  UseFilters,
  UseInterceptors,
  VERSION_NEUTRAL,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { Jwks, MAX_PDF_BYTES } from '@apprenance/certificates';
import { memoryStorage } from 'multer';
import { Public } from '../common/auth/roles.decorator';
import { ApiProblems } from '../common/openapi/openapi';
import { ValidationProblemException } from '../common/problem/validation';
import { ThrottlePublicForm } from '../common/throttling/throttle';
import type { UploadedFileData } from '../courses/course-resources.service';
import { VerificationDto, VerifyBodyDto } from './dto/certificate.dto';
import { VerificationService } from './verification.service';
import { VerifyUploadProblemFilter } from './verify-upload.filter';
import { pageLanguage, renderVerifyPage } from './verify-page';

const listParam = new ParseIntPipe({
  exceptionFactory: () => new ValidationProblemException({ list: ['must be a list number'] }),
});

/** The public page a certificate's QR code opens: `/verify/<code>`, outside the api prefix. */
@ApiTags('verification')
@Controller({ path: 'verify', version: VERSION_NEUTRAL })
export class VerifyPageController {
  constructor(private readonly verification: VerificationService) {}

  @Get(':code')
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'The public verification page of a certificate (HTML, French or English)',
    description:
      'Valid, revoked (date and reason), superseded (link to the new one) or unknown; the ' +
      'holder’s name, the course, the cohort’s dates and the issue date, nothing more.',
  })
  @ApiQuery({ name: 'lang', required: false, enum: ['fr', 'en'] })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'the page, also for an unknown code' })
  async page(
    @Param('code') code: string,
    @Query('lang') lang: unknown,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<string> {
    return renderVerifyPage(await this.verification.view(code), pageLanguage(lang, acceptLanguage));
  }
}

/** Anyone checks a certificate file or credential they were given. */
@ApiTags('verification')
@Controller('verify')
export class VerificationController {
  constructor(private readonly verification: VerificationService) {}

  @Post()
  @Public()
  @HttpCode(200)
  @ThrottlePublicForm(120)
  @UseInterceptors(
    FileInterceptor('file', {
      storage: memoryStorage(),
      limits: { fileSize: MAX_PDF_BYTES, files: 1, fields: 2, parts: 3 },
    }),
  )
  @UseFilters(VerifyUploadProblemFilter)
  @ApiOperation({
    summary: 'Verify a certificate PDF, or a credential, and get each check',
    description:
      'Send the PDF as the multipart field `file`, or a credential (compact JWS) as the ' +
      'field `credential`. 200 with `valid: false` and the failed checks for a forged, ' +
      'edited, unknown or revoked certificate; 413 beyond 5 MB.',
  })
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody({
    schema: {
      type: 'object',
      properties: { file: { type: 'string', format: 'binary' }, credential: { type: 'string' } },
    },
  })
  @ApiOkResponse({ type: VerificationDto })
  @ApiProblems(400, 413, 422, 429)
  verify(
    @UploadedFile() file: UploadedFileData | undefined,
    @Body() body: VerifyBodyDto,
  ): Promise<VerificationDto> {
    return this.verification.verify(file?.buffer, body.credential);
  }
}

/** The issuer's public documents: profile, keys and revocation lists. */
@ApiTags('verification')
@Controller('credentials')
export class CredentialsController {
  constructor(private readonly verification: VerificationService) {}

  @Get('issuer')
  @Public()
  @ApiOperation({ summary: 'The issuer profile (Open Badges 3.0 Profile) named by credentials' })
  @ApiOkResponse({ schema: { type: 'object' } })
  issuer(): Record<string, unknown> {
    return this.verification.issuerProfile();
  }

  @Get('jwks.json')
  @Public()
  @ApiOperation({
    summary: 'The issuer’s public keys (JWKS): the current one and every retired one',
  })
  @ApiOkResponse({ schema: { type: 'object' } })
  jwks(): Jwks {
    return this.verification.publicKeys();
  }

  @Get('status/:list')
  @Public()
  @Header('Content-Type', 'application/vc+jwt')
  @Header('Cache-Control', 'no-cache')
  @ApiOperation({
    summary: 'A signed Bitstring Status List credential (revocation), as a compact JWS',
    description: 'Certificates name their list and bit in `credentialStatus`; lists count from 1.',
  })
  @ApiProduces('application/vc+jwt')
  @ApiOkResponse({ schema: { type: 'string' } })
  @ApiProblems(400, 404)
  statusList(@Param('list', listParam) list: number): Promise<string> {
    return this.verification.statusList(list);
  }
}
