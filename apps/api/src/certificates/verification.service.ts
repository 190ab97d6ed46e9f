import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@apprenance/config';
import {
  createStatusListCredential,
  Issuer,
  issuerFromConfig,
  issuerProfile,
  Jwks,
  publicJwks,
  SigningKey,
  signingKeyFromConfig,
  StatusListEntry,
  VerificationResult,
  verifyCertificatePdf,
  verifyCredential,
} from '@apprenance/certificates';
import { CertificateEntity } from '@apprenance/db';
import {
  STATUS_LIST_SIZE,
  statusListPosition,
  statusListRange,
  statusListUrl,
  verifyUrl,
} from '@apprenance/domain';
import { createHash } from 'node:crypto';
import { APP_CONFIG } from '../config/config.module';
import { CohortsRepository } from '../cohorts/cohorts.repository';
import { CoursesRepository } from '../courses/courses.repository';
import { normaliseCertificateCode } from './certificate-code';
import { nothingToVerify, statusListNotFound } from './certificates.errors';
import { CertificatesRepository } from './certificates.repository';
import { VerificationCheckDto, VerificationDto } from './dto/certificate.dto';
import type { VerifyView } from './verify-page';

const CREDENTIAL_ID = /^urn:uuid:([0-9a-f-]{36})$/;

/** What anyone may ask about certificates, without an account. */
@Injectable()
export class VerificationService {
  private readonly jwks: Jwks;
  private readonly issuer: Issuer;
  private readonly signing: SigningKey | null;

  constructor(
    private readonly certificates: CertificatesRepository,
    private readonly cohorts: CohortsRepository,
    private readonly courses: CoursesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.jwks = publicJwks(config);
    this.issuer = issuerFromConfig(config);
    this.signing = config.CERT_SIGNING_KEY ? signingKeyFromConfig(config) : null;
  }

  issuerProfile(): Record<string, unknown> {
    return issuerProfile(this.issuer);
  }

  publicKeys(): Jwks {
    return this.jwks;
  }

  /**
   * The signed revocation list `list` (1, 2, …): a bit per certificate, set when it was
   * revoked or superseded. Signed on each request, so that it is never stale.
   */
  async statusList(list: number): Promise<string> {
    const { from, to } = statusListRange(list);
    // Status indices are Postgres integers: no list lies beyond 2^31.
    if (list < 1 || to > 2 ** 31 || !this.signing) throw statusListNotFound(list);
    if (!(await this.certificates.anyIndexIn(from, to))) {
      throw statusListNotFound(list);
    }
    const withdrawn = await this.certificates.withdrawnIndices(from, to);
    return createStatusListCredential({
      url: statusListUrl(this.config.PUBLIC_URL, list),
      issuer: this.issuer,
      signingKey: this.signing,
      revokedIndexes: withdrawn.map((index) => index - from),
    });
  }

  /**
   * Verifies an uploaded PDF or credential: the signature and the PDF's integrity offline
   * (libs/certificates), the status from this database, and whether the database holds this
   * very certificate (for a PDF: the same bytes as the file issued).
   */
  async verify(pdf: Buffer | undefined, credential: string | undefined): Promise<VerificationDto> {
    const options = { statusLookup: (entry: StatusListEntry) => this.statusOf(entry) };
    let result: VerificationResult;
    if (pdf?.length) result = await verifyCertificatePdf(pdf, this.jwks, options);
    else if (credential?.trim()) result = await verifyCredential(credential, this.jwks, options);
    else throw nothingToVerify();
    const { check, certificate } = await this.recordCheck(result, pdf);
    const checks: VerificationCheckDto[] = [...result.checks, ...(check ? [check] : [])];
    return {
      valid: checks.every((c) => c.ok),
      checks,
      ...(certificate && {
        certificate: {
          code: certificate.code,
          status: certificate.status,
          verifyUrl: verifyUrl(this.config.PUBLIC_URL, certificate.code),
        },
      }),
    };
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

  /** The status of a bit of one of this issuer's lists, read from the database. */
  private async statusOf(entry: StatusListEntry) {
    const prefix = statusListUrl(this.config.PUBLIC_URL, 0).replace(/0$/, '');
    const list = Number(entry.statusListCredential.slice(prefix.length));
    if (!entry.statusListCredential.startsWith(prefix) || !Number.isInteger(list) || list < 1) {
      return null;
    }
    if (entry.statusListIndex >= STATUS_LIST_SIZE) return null;
    const index = statusListRange(list).from + entry.statusListIndex;
    const certificate = await this.certificates.findByStatusIndex(index);
    if (!certificate) return null;
    if (certificate.status === 'revoked') {
      return {
        revoked: true,
        detail: `revoked on ${certificate.revokedAt?.toISOString().slice(0, 10)}: ${certificate.revocationReason}`,
      };
    }
    if (certificate.status === 'superseded') {
      return { revoked: true, detail: 'superseded by a re-issued certificate' };
    }
    return { revoked: false, detail: 'not revoked' };
  }

  private async recordCheck(
    result: VerificationResult,
    pdf: Buffer | undefined,
  ): Promise<{ check?: VerificationCheckDto; certificate?: CertificateEntity }> {
    const id = CREDENTIAL_ID.exec(String(result.credential?.id ?? ''))?.[1];
    if (!id) return {};
    const certificate = (await this.certificates.findById(id)) ?? undefined;
    if (!certificate) {
      return {
        check: { name: 'record', ok: false, detail: 'this issuer has no such certificate' },
      };
    }
    const position = statusListPosition(certificate.statusIndex);
    const status = (result.credential?.credentialStatus ?? {}) as Record<string, unknown>;
    const sameBit =
      status.statusListCredential === statusListUrl(this.config.PUBLIC_URL, position.list) &&
      Number(status.statusListIndex) === position.index;
    const sameFile = !pdf || createHash('sha256').update(pdf).digest('hex') === certificate.sha256;
    const ok = sameBit && sameFile;
    const detail = !sameBit
      ? 'the credential’s status entry is not the one issued'
      : sameFile
        ? `certificate ${certificate.code} (${certificate.status})`
        : 'the PDF is not byte for byte the file issued';
    return { check: { name: 'record', ok, detail }, certificate };
  }
}
