import { Inject, Injectable, Logger } from '@nestjs/common';
import type { JobResults } from '@apprenance/jobs';
import { Storage, STORAGE } from '@apprenance/storage';
import { randomBytes } from 'node:crypto';
import type { Attempt } from '../job-handlers';
import { CertificateRecords } from './certificate-records.repository';
import { CERTIFICATE_RENDERER, CertificateRenderer } from './certificate-renderer';

type Outcome = JobResults['certificate'];

/**
 * Issues one certificate, idempotently: a certificate that is not pending is left alone; the
 * file is stored before the row says `issued`, under a key recorded on the row beforehand, so
 * the table always names every stored file and an issued row always has its file.
 */
@Injectable()
export class CertificateIssuer {
  private readonly logger = new Logger(CertificateIssuer.name);

  constructor(
    private readonly records: CertificateRecords,
    @Inject(CERTIFICATE_RENDERER) private readonly renderer: CertificateRenderer,
    @Inject(STORAGE) private readonly storage: Storage,
  ) {}

  async issue(certificateId: string, attempt: Attempt): Promise<Outcome> {
    const claimed = await this.records.claim(certificateId, randomBytes(4).toString('hex'));
    if (claimed === 'gone') return { outcome: 'gone' };
    if (claimed === 'not_pending') return { outcome: 'already_done' };
    const { facts, key, previousKey } = claimed;
    try {
      if (previousKey) await this.storage.delete(previousKey);
      const issuedAt = new Date();
      const { pdf, sha256 } = await this.renderer.render(facts, issuedAt);
      await this.storage.put(key, pdf, 'application/pdf');
      if (await this.records.markIssued(certificateId, key, sha256, issuedAt)) {
        return { outcome: 'issued' };
      }
      await this.storage.delete(key);
      return { outcome: 'already_done' };
    } catch (error) {
      this.logger.warn({ certificateId, error, final: attempt.final }, 'certificate not issued');
      await this.records.recordFailure(certificateId, String(error), attempt.final);
      throw error;
    }
  }
}
