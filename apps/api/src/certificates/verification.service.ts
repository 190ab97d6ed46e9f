import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@apprenance/config';
import { issuerFromConfig, issuerProfile, Jwks, publicJwks } from '@apprenance/certificates';
import { APP_CONFIG } from '../config/config.module';
import { CohortsRepository } from '../cohorts/cohorts.repository';
import { CoursesRepository } from '../courses/courses.repository';
import { normaliseCertificateCode } from './certificate-code';
import { CertificatesRepository } from './certificates.repository';
import type { VerifyView } from './verify-page';

/** What anyone may ask about certificates, without an account. */
@Injectable()
export class VerificationService {
  private readonly jwks: Jwks;
  private readonly issuer: Record<string, unknown>;

  constructor(
    private readonly certificates: CertificatesRepository,
    private readonly cohorts: CohortsRepository,
    private readonly courses: CoursesRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.jwks = publicJwks(config);
    this.issuer = issuerProfile(issuerFromConfig(config));
  }

  issuerProfile(): Record<string, unknown> {
    return this.issuer;
  }

  publicKeys(): Jwks {
    return this.jwks;
  }

  /** The verify page's facts for a typed or scanned code; unknown when nothing matches. */
  async view(typed: string): Promise<VerifyView> {
    const code = normaliseCertificateCode(typed);
    const certificate = code ? await this.certificates.findByCode(code) : null;
    if (!certificate || certificate.status === 'failed') {
      return { state: 'unknown', code: typed.slice(0, 40) };
    }
    const cohort = await this.cohorts.findById(certificate.cohortId);
    const course = cohort && (await this.courses.findById(cohort.courseId));
    const successor = certificate.supersededBy
      ? await this.certificates.findById(certificate.supersededBy)
      : null;
    return {
      state: certificate.status === 'issued' ? 'valid' : certificate.status,
      code: certificate.code,
      participantName: certificate.participantName,
      courseTitle: { fr: course?.titleFr ?? '', en: course?.titleEn ?? '' },
      startsOn: cohort?.startsOn ?? null,
      endsOn: cohort?.endsOn ?? null,
      issuedAt: certificate.issuedAt,
      revokedAt: certificate.revokedAt,
      revocationReason: certificate.revocationReason,
      successorCode: successor?.code ?? null,
    };
  }
}
