import { downloadFile } from '../providers/cohortApi';
import { httpClient } from '../providers/http';
import { session } from '../providers/session';

export type CertificateStatus = 'pending' | 'issued' | 'failed' | 'revoked' | 'superseded';

export interface Certificate {
  id: string;
  participantId: string;
  cohortId: string;
  participantName: string;
  status: CertificateStatus;
  code: string;
  lastError: string | null;
  issuedAt: string | null;
  revokedAt: string | null;
  revocationReason: string | null;
  supersededBy: string | null;
}

export type EligibilityReason =
  | { code: 'attendance_below_minimum'; phase: string; ratePercent: number; minimumPercent: number }
  | { code: 'prototype_not_accepted'; prototypeStatus: string | null }
  | { code: 'phase_not_acquired'; phase: string; status: 'not_yet' | null };

export interface Eligibility {
  participantId: string;
  displayName: string;
  eligible: boolean;
  reasons: EligibilityReason[];
}

export interface Batch {
  id: string;
  total: number;
  counts: Record<CertificateStatus, number>;
  complete: boolean;
}

const send = async <T>(path: string, body: object = {}): Promise<T> =>
  (await httpClient(path, { method: 'POST', body: JSON.stringify(body) })).json as T;
const get = async <T>(path: string): Promise<T> => (await httpClient(path)).json as T;
const cohortPath = (cohortId: string, rest: string) =>
  `/cohorts/${encodeURIComponent(cohortId)}${rest}`;

/** The certificates' api, as the web app calls it. */
export const certificateApi = {
  eligibility: (cohortId: string) => get<Eligibility[]>(cohortPath(cohortId, '/eligibility')),
  /** A cohort has at most 10 participants, each with a few certificates: one page holds all. */
  list: (cohortId: string) =>
    get<Certificate[]>(cohortPath(cohortId, '/certificates?_start=0&_end=200')),
  mine: () => get<Certificate[]>('/certificates/mine'),
  issueOne: (cohortId: string, participantId: string) =>
    send<{ batchId: string }>(cohortPath(cohortId, '/certificates'), { participantId }),
  issueAll: (cohortId: string) =>
    send<{ batchId: string }>(cohortPath(cohortId, '/certificate-batches')),
  batch: (batchId: string) => get<Batch>(`/certificate-batches/${encodeURIComponent(batchId)}`),
  revoke: (id: string, reason: string) =>
    send<Certificate>(`/certificates/${encodeURIComponent(id)}/revoke`, { reason }),
  reissue: (id: string, participantName?: string) =>
    send<{ batchId: string }>(
      `/certificates/${encodeURIComponent(id)}/reissue`,
      participantName ? { participantName } : {},
    ),
  downloadPdf: (certificate: Certificate) =>
    downloadFile(
      `/api/v1/certificates/${encodeURIComponent(certificate.id)}/pdf`,
      `certificate-${certificate.code}.pdf`,
    ),
  downloadZip: (cohortId: string) =>
    downloadFile(`/api/v1${cohortPath(cohortId, '/certificates.zip')}`, 'certificates.zip'),
};

/** Where the queue dashboard lives; it reads the admin's token from a cookie scoped to it. */
export const QUEUE_DASHBOARD_URL = '/api/queues/';

/** Opens the queue dashboard in a new tab, handing it the session through its own cookie. */
export function openQueueDashboard(): void {
  const token = session.token() ?? '';
  document.cookie = `apprenance_queues=${encodeURIComponent(token)}; path=/api/queues; SameSite=Strict`;
  window.open(QUEUE_DASHBOARD_URL, '_blank', 'noopener');
}
