import type { FactoryProvider } from '@nestjs/common';
import type { AppConfig } from '@apprenance/config';
import { createCertificateRenderer } from '@apprenance/certificates';
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
    const renderer = createCertificateRenderer({ config });
    return {
      render: async (facts, issuedAt) => {
        const { pdf, sha256 } = await renderer.render(toContent(facts, issuedAt));
        return { pdf, sha256 };
      },
    };
  },
};

function toContent(facts: CertificateFacts, issuedAt: Date) {
  return {
    certificateId: facts.id,
    code: facts.code,
    statusListIndex: facts.statusIndex,
    language: facts.language,
    participant: { name: facts.participantName, email: facts.participantEmail },
    course: { titleFr: facts.courseTitleFr, titleEn: facts.courseTitleEn, format: facts.format },
    phases: facts.phases,
    cohort: {
      name: facts.cohortName,
      startsOn: facts.startsOn,
      endsOn: facts.endsOn,
      venue: facts.venue,
      online: facts.online,
    },
    trainers: facts.trainers,
    issuedAt,
  };
}
