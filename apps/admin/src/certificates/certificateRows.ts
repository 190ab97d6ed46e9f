import type { Certificate, Eligibility, EligibilityReason } from './certificateApi';

/** One line of the Certificates tab: a participant, whether eligible, and their certificates. */
export interface CertificateRow {
  id: string;
  displayName: string;
  eligible: boolean;
  reasons: EligibilityReason[];
  /** The valid certificate (pending or issued), if any. */
  current?: Certificate;
  /** Failed, revoked and superseded ones, newest first. */
  past: Certificate[];
}

const VALID = new Set(['pending', 'issued']);

/** Joins the eligibility of each participant with their certificates, in the eligibility's order. */
export function certificateRows(
  eligibility: Eligibility[],
  certificates: Certificate[],
): CertificateRow[] {
  return eligibility.map((person) => {
    const theirs = certificates.filter((c) => c.participantId === person.participantId);
    return {
      id: person.participantId,
      displayName: person.displayName,
      eligible: person.eligible,
      reasons: person.reasons,
      current: theirs.find((c) => VALID.has(c.status)),
      past: theirs.filter((c) => !VALID.has(c.status)),
    };
  });
}

/** Whether an admin may issue this participant's certificate now. */
export const canIssue = (row: CertificateRow) => row.eligible && !row.current;

/** The share of a batch done (issued or failed), 0–100. */
export function batchProgress(batch: { total: number; counts: Record<string, number> }): number {
  if (!batch.total) return 100;
  return Math.round(((batch.total - (batch.counts.pending ?? 0)) / batch.total) * 100);
}

/** A reason as a translation key and its values. */
export function reasonMessage(reason: EligibilityReason): [string, Record<string, unknown>] {
  const key = `apprenance.certificates.reasons.${reason.code}`;
  if (reason.code === 'attendance_below_minimum') {
    return [key, { phase: reason.phase, rate: reason.ratePercent, minimum: reason.minimumPercent }];
  }
  if (reason.code === 'prototype_not_accepted') {
    return [key, { status: reason.prototypeStatus ?? 'none' }];
  }
  return [key, { phase: reason.phase }];
}
