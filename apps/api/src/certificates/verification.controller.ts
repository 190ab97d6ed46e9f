import { Controller, Get, Header, Headers, Param, Query, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Jwks } from '@apprenance/certificates';
import { Public } from '../common/auth/roles.decorator';
import { VerificationService } from './verification.service';
import { pageLanguage, renderVerifyPage } from './verify-page';

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

/** The issuer's public documents: profile and keys (a verifier's trust anchors). */
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
}
