import { Injectable } from '@nestjs/common';
import { CertificateEntity } from '@apprenance/db';
import { randomUUID } from 'node:crypto';
import { EligibilityService } from '../assessment/eligibility.service';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../common/auth/auth-user';
import { isUniqueViolation } from '../common/database/pg-errors';
import { Tx, TransactionRunner } from '../common/database/transaction';
import { CohortAccess } from '../cohorts/cohort-access';
import { JobOutboxRepository } from '../jobs/job-outbox.repository';
import { newCertificateCode } from './certificate-code';
import {
  alreadyCertified,
  certificateNotFound,
  noneEligible,
  notEligible,
  notEnrolled,
  notReissuable,
  notRevocable,
} from './certificates.errors';
import { CertificatesRepository, NewCertificate } from './certificates.repository';
import { BatchStartedDto, CertificateDto, toCertificateDto } from './dto/certificate.dto';
import { describeReason } from './eligibility-reasons';

/**
 * Issuing, revoking and re-issuing. A request writes `pending` certificates and their jobs in
 * one transaction with its audit row and returns at once; the worker renders them. The
 * partial unique index `uq_certificates_valid` holds "one valid certificate per participant
 * and cohort" against any race.
 */
@Injectable()
export class CertificatesService {
  constructor(
    private readonly certificates: CertificatesRepository,
    private readonly eligibility: EligibilityService,
    private readonly cohorts: CohortAccess,
    private readonly jobs: JobOutboxRepository,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  /** One participant: refused with the reasons when not eligible. */
  async issueOne(
    actor: AuthUser,
    cohortId: string,
    participantId: string,
  ): Promise<BatchStartedDto> {
    await this.cohorts.checkReadable(actor, cohortId);
    return this.write(async (tx) => {
      const verdict = await this.eligibility.forParticipant(cohortId, participantId, tx);
      if (!verdict) throw notEnrolled();
      if (!verdict.eligible) throw notEligible(verdict.reasons.map(describeReason));
      if ((await this.certificates.participantsWithValid(tx, cohortId)).has(participantId)) {
        throw alreadyCertified();
      }
      return this.start(tx, actor, cohortId, [verdict]);
    });
  }

  /** Every eligible participant of the cohort who has no valid certificate yet. */
  async issueAll(actor: AuthUser, cohortId: string): Promise<BatchStartedDto> {
    await this.cohorts.checkReadable(actor, cohortId);
    return this.write(async (tx) => {
      const holders = await this.certificates.participantsWithValid(tx, cohortId);
      const due = (await this.eligibility.forCohort(cohortId, tx)).filter(
        (verdict) => verdict.eligible && !holders.has(verdict.participantId),
      );
      if (!due.length) throw noneEligible();
      return this.start(tx, actor, cohortId, due);
    });
  }

  async revoke(actor: AuthUser, id: string, reason: string): Promise<CertificateDto> {
    return this.tx.run(async (tx) => {
      const certificate = await this.lockedOrNotFound(tx, id);
      if (certificate.status !== 'issued' && certificate.status !== 'pending') {
        throw notRevocable(certificate.status);
      }
      await this.certificates.revoke(tx, id, reason);
      await this.audit.record(tx, actor, {
        action: 'certificate.revoke',
        entityType: 'certificate',
        entityId: id,
        changes: { status: { from: certificate.status, to: 'revoked' }, reason },
      });
      return toCertificateDto((await this.certificates.findForUpdate(tx, id))!);
    });
  }

  /**
   * A new certificate (new code, new status bit) with the corrected name; the old one is
   * superseded and names its successor, which the verify page links to.
   */
  async reissue(actor: AuthUser, id: string, name?: string): Promise<BatchStartedDto> {
    return this.write(async (tx) => {
      const old = await this.lockedOrNotFound(tx, id);
      if (old.status !== 'issued' && old.status !== 'pending') throw notReissuable(old.status);
      const verdict = await this.eligibility.forParticipant(old.cohortId, old.participantId, tx);
      const participantName = name ?? verdict?.displayName ?? old.participantName;
      const successorId = randomUUID();
      await this.certificates.supersede(tx, id, successorId);
      const started = await this.start(
        tx,
        actor,
        old.cohortId,
        [{ participantId: old.participantId, displayName: participantName }],
        successorId,
      );
      await this.audit.record(tx, actor, {
        action: 'certificate.supersede',
        entityType: 'certificate',
        entityId: id,
        changes: { supersededBy: successorId, participantName },
      });
      return started;
    });
  }

  private async start(
    tx: Tx,
    actor: AuthUser,
    cohortId: string,
    people: { participantId: string; displayName: string }[],
    firstId?: string,
  ): Promise<BatchStartedDto> {
    const batch = await this.certificates.insertBatch(tx, cohortId, actor.id);
    const rows: NewCertificate[] = people.map((person, index) => ({
      id: (index === 0 && firstId) || randomUUID(),
      participantId: person.participantId,
      participantName: person.displayName,
      cohortId,
      batchId: batch.id,
      code: newCertificateCode(),
    }));
    await this.certificates.insertPending(tx, rows);
    await this.jobs.enqueueMany(
      tx,
      'certificate',
      rows.map((row) => ({ payload: { certificateId: row.id }, entityId: row.id })),
    );
    await this.audit.record(tx, actor, {
      action: 'certificate.issue',
      entityType: 'certificate_batch',
      entityId: batch.id,
      changes: {
        cohortId,
        certificates: rows.map(({ id, participantId, code }) => ({ id, participantId, code })),
      },
    });
    return { batchId: batch.id, certificateIds: rows.map((row) => row.id) };
  }

  private async lockedOrNotFound(tx: Tx, id: string): Promise<CertificateEntity> {
    const certificate = await this.certificates.findForUpdate(tx, id);
    if (!certificate) throw certificateNotFound(id);
    return certificate;
  }

  /** Two admins issuing at once: the index refuses the second, who is told plainly. */
  private async write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    try {
      return await this.tx.run(work);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_certificates_valid')) throw alreadyCertified();
      throw error;
    }
  }
}
