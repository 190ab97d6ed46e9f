import { FactoryProvider, Logger } from '@nestjs/common';
import type { AppConfig } from '@apprenance/config';
import {
  CertificateContent,
  createCertificateRenderer,
  hashEmail,
  issuerFromConfig,
  MissingSigningKeyError,
  PhaseDuration,
  signingKeyFromConfig,
} from '@apprenance/certificates';
import { statusListPosition, statusListUrl, verifyUrl } from '@apprenance/domain';
import { randomBytes } from 'node:crypto';
import { WORKER_CONFIG } from '../worker-config';
import type { CertificateFacts } from './certificate-records.repository';

/** Renders a certificate's PDF (with its signed credential embedded) from its facts. */
export interface CertificateRenderer {
  render(facts: CertificateFacts, issuedAt: Date): Promise<{ pdf: Buffer; sha256: string }>;
}

export const CERTIFICATE_RENDERER = Symbol('CERTIFICATE_RENDERER');

/**
 * One renderer per process: fonts, key and issuer profile are loaded once and reused for every
 * certificate (parsing fonts per document is what makes a naive renderer slow).
 */
export const certificateRendererProvider: FactoryProvider<CertificateRenderer> = {
  provide: CERTIFICATE_RENDERER,
  inject: [WORKER_CONFIG],
  useFactory: (config: AppConfig): CertificateRenderer => {
    if (!config.CERT_SIGNING_KEY) {
      // The worker still mails and runs its other queues; each certificate fails saying why.
      new Logger('CertificateRenderer').warn(new MissingSigningKeyError().message);
      return { render: () => Promise.reject(new MissingSigningKeyError()) };
    }
    const renderer = createCertificateRenderer({
      signingKey: signingKeyFromConfig(config),
      issuer: issuerFromConfig(config),
    });
    return {
      render: (facts, issuedAt) => renderer.render(toContent(config, facts, issuedAt)),
    };
  },
};

/** A short format counts phases in hours, a deep one in days. */
function durations(facts: CertificateFacts): PhaseDuration[] {
  return facts.phases.map(({ phase, hours, days }) =>
    facts.format === 'deep'
      ? { phase, unit: 'days', value: days }
      : { phase, unit: 'hours', value: hours },
  );
}

export function toContent(
  config: AppConfig,
  facts: CertificateFacts,
  issuedAt: Date,
): CertificateContent {
  const salt = randomBytes(16).toString('hex');
  const { list, index } = statusListPosition(facts.statusIndex);
  const [title, other] =
    facts.language === 'fr'
      ? [facts.courseTitleFr, facts.courseTitleEn]
      : [facts.courseTitleEn, facts.courseTitleFr];
  const today = issuedAt.toISOString().slice(0, 10);
  return {
    certificateId: facts.id,
    verificationCode: facts.code,
    language: facts.language,
    participant: {
      name: facts.participantName,
      emailHash: hashEmail(facts.participantEmail, salt),
      emailSalt: salt,
    },
    course: {
      id: facts.courseId,
      title,
      titleOtherLanguage: other || undefined,
      format: facts.format,
    },
    phases: durations(facts),
    cohort: {
      startsOn: facts.startsOn ?? today,
      endsOn: facts.endsOn ?? facts.startsOn ?? today,
      timeZone: facts.timeZone,
      place: facts.online ? null : facts.venue,
    },
    trainers: facts.trainers,
    issuedAt,
    verifyUrl: verifyUrl(config.PUBLIC_URL, facts.code),
    status: {
      statusListCredential: statusListUrl(config.PUBLIC_URL, list),
      statusListIndex: index,
    },
  };
}
