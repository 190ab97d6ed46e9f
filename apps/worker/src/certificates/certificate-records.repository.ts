import { Injectable } from '@nestjs/common';
import { runPrepared } from '@apprenance/db';
import type { CourseFormat, Locale, Phase, PreparedStatement } from '@apprenance/db';
import { DataSource } from 'typeorm';

/** What a certificate says, read from the certificate and its cohort. */
export interface CertificateFacts {
  id: string;
  code: string;
  statusIndex: number;
  participantName: string;
  participantEmail: string;
  cohortId: string;
  cohortName: string;
  timeZone: string;
  language: Locale;
  startsOn: string | null;
  endsOn: string | null;
  venue: string | null;
  online: boolean;
  courseId: string;
  courseTitleFr: string;
  courseTitleEn: string;
  format: CourseFormat;
  phases: { phase: Phase; hours: number; days: number }[];
  trainers: string[];
}

/** A new attempt on a pending certificate: what to render, and where its file goes. */
export interface Claim {
  facts: CertificateFacts;
  /** The key the file will have, on the row before the file exists. */
  key: string;
  /** The previous attempt's key: its file, if any, is an orphan now. */
  previousKey: string | null;
}

/**
 * Claims an attempt ($1 the certificate, $2 the file key's random part) and reads the facts in
 * the same round trip: one statement per certificate instead of a read then a write.
 * `c.id = $1` is spelled out, not only implied through `previous`: the generic plan Postgres
 * caches for a prepared statement otherwise found `c` among the pending certificates and ran
 * the `previous` lookup once for each of them, a cost growing with the queue (460 index scans
 * per certificate over 1,000, 8.5 ms of Postgres CPU per certificate over 10,000).
 */
const CLAIM: PreparedStatement = {
  name: 'certificate-claim',
  text: `
  UPDATE certificates c
     SET attempts = c.attempts + 1, updated_at = now(),
         storage_key = 'certificates/' || c.cohort_id || '/' || c.id || '-' || $2 || '.pdf'
    FROM (SELECT id, storage_key FROM certificates WHERE id = $1 FOR UPDATE) previous,
         users u, cohorts co, courses cr
   WHERE c.id = $1 AND previous.id = c.id AND c.status = 'pending'
     AND u.id = c.participant_id AND co.id = c.cohort_id AND cr.id = co.course_id
  RETURNING c.storage_key AS key, previous.storage_key AS "previousKey",
         c.id, c.code, c.status_index AS "statusIndex",
         c.participant_name AS "participantName", u.email AS "participantEmail",
         co.id AS "cohortId", co.name AS "cohortName", co.time_zone AS "timeZone", co.language,
         to_char(co.starts_on, 'YYYY-MM-DD') AS "startsOn",
         to_char(co.ends_on, 'YYYY-MM-DD') AS "endsOn", co.venue, co.online,
         cr.id AS "courseId", cr.title_fr AS "courseTitleFr", cr.title_en AS "courseTitleEn", cr.format,
         COALESCE((SELECT json_agg(json_build_object('phase', p.phase,
                    'hours', p.hours_budget::float, 'days', p.days_budget::float)
                    ORDER BY p.position)
                     FROM course_phases p WHERE p.course_id = cr.id), '[]') AS phases,
         COALESCE((SELECT json_agg(t.display_name ORDER BY t.display_name)
                     FROM cohort_trainers ct JOIN users t ON t.id = ct.trainer_id
                    WHERE ct.cohort_id = co.id), '[]') AS trainers`,
};

const MARK_ISSUED: PreparedStatement = {
  name: 'certificate-mark-issued',
  text: `UPDATE certificates
            SET status = 'issued', sha256 = $3, issued_at = $4, last_error = NULL, updated_at = now()
          WHERE id = $1 AND status = 'pending' AND storage_key = $2`,
};

/**
 * The worker's side of the certificates table. Every write is conditional on the status the
 * worker expects, so that two attempts racing on one certificate (a job Redis lost and
 * re-enqueued while the first still ran) issue it once: the loser deletes its own file.
 */
@Injectable()
export class CertificateRecords {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Claims a new attempt on a pending certificate and records the key its file will have,
   * before the file exists, so that no file is ever stored that the table does not name.
   * `not_pending` when it is issued, failed or revoked already; `gone` when it does not exist.
   */
  async claim(id: string, keySuffix: string): Promise<Claim | 'not_pending' | 'gone'> {
    const { rows } = await runPrepared<CertificateFacts & Omit<Claim, 'facts'>>(
      this.dataSource,
      CLAIM,
      [id, keySuffix],
    );
    if (rows[0]) {
      const { key, previousKey, ...facts } = rows[0];
      return { facts, key, previousKey };
    }
    const exists: unknown[] = await this.dataSource.query(
      'SELECT 1 FROM certificates WHERE id = $1',
      [id],
    );
    return exists.length ? 'not_pending' : 'gone';
  }

  /** Flips the row once its file is stored; false if another attempt got there first. */
  async markIssued(id: string, key: string, sha256: string, issuedAt: Date): Promise<boolean> {
    const { rowCount } = await runPrepared(this.dataSource, MARK_ISSUED, [
      id,
      key,
      sha256,
      issuedAt,
    ]);
    return rowCount === 1;
  }

  /** Keeps the latest error; after the last attempt the certificate is `failed`. */
  async recordFailure(id: string, error: string, final: boolean): Promise<void> {
    await this.dataSource.query(
      `UPDATE certificates
          SET last_error = $2, updated_at = now(),
              status = CASE WHEN $3 THEN 'failed'::certificate_status ELSE status END
        WHERE id = $1 AND status = 'pending'`,
      [id, error.slice(0, 2000), final],
    );
  }

  /** Pending certificates nobody touched for `olderThanMs`: their job was lost or its worker died. */
  async stalePending(olderThanMs: number, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM certificates
        WHERE status = 'pending' AND updated_at < now() - make_interval(secs => $1)
        ORDER BY created_at LIMIT $2`,
      [olderThanMs / 1000, limit],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Forgets the files of failed certificates, for the caller to delete (`delete` runs before the
   * key is cleared, so a crash leaves the key to try again). Returns how many were swept.
   */
  async sweepFailedFiles(limit: number, remove: (key: string) => Promise<void>): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const rows: { id: string; key: string }[] = await tx.query(
        `SELECT id, storage_key AS key FROM certificates
          WHERE status = 'failed' AND storage_key IS NOT NULL
          LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      for (const row of rows) await remove(row.key);
      if (rows.length) {
        await tx.query(`UPDATE certificates SET storage_key = NULL WHERE id = ANY($1)`, [
          rows.map((row) => row.id),
        ]);
      }
      return rows.length;
    });
  }
}
