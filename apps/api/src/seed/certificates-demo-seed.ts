import { Injectable } from '@nestjs/common';
import { CertificatesService } from '../certificates/certificates.service';
import type { AuthUser } from '../common/auth/auth-user';

/** The name the demo re-issue corrects (the first certificate spelt it without its accent). */
export const DEMO_CORRECTED_NAME = 'Nolwenn Le Gall-Prigent';

/**
 * Certificates of the ended demo cohort, through the service like an admin: every eligible
 * participant is issued (the worker renders them once `npm start` runs it), one certificate
 * is re-issued with a corrected name (the old one superseded, linking to the new) and one is
 * revoked with a reason, so that each kind of verify page can be opened.
 */
@Injectable()
export class CertificatesDemoSeed {
  constructor(private readonly certificates: CertificatesService) {}

  async run(admin: AuthUser, cohortId: string): Promise<void> {
    const { certificateIds } = await this.certificates.issueAll(admin, cohortId);
    const [corrected, revoked] = certificateIds;
    await this.certificates.reissue(admin, corrected, DEMO_CORRECTED_NAME);
    if (revoked) {
      await this.certificates.revoke(admin, revoked, 'Délivré par erreur — issued by mistake');
    }
  }
}
