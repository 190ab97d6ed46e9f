/**
 * Where a certificate stands. `pending` and `issued` are the valid ones (at most one per
 * participant and cohort); `failed` after the worker's last attempt; `revoked` and `superseded`
 * end a valid certificate's life (a superseded one names its successor).
 */
export const CERTIFICATE_STATUSES = [
  'pending',
  'issued',
  'failed',
  'revoked',
  'superseded',
] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];
