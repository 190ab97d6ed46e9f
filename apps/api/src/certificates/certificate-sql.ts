/** Certificates valid today (issued, neither revoked nor superseded), for the impact dashboard. */
export const validCertificatesSql = `SELECT cohort_id, issued_at FROM certificates WHERE status = 'issued'`;
