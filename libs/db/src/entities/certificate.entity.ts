import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CertificateBatchEntity } from './certificate-batch.entity';
import { CERTIFICATE_STATUSES, CertificateStatus } from './certificate-enums';
import { CohortEntity } from './cohort.entity';
import { Timestamped } from './timestamps';
import { UserEntity } from './user.entity';

/** Allocates status-list indices: each certificate owns one bit for ever, never reused. */
export const CERTIFICATE_STATUS_INDEX_SEQUENCE = 'certificate_status_index_seq';

/**
 * A participant's certificate for a cohort. The api writes it `pending` with its job; the
 * worker renders and stores the PDF, then flips it to `issued` (file first, then row). The
 * partial unique index makes a second valid certificate for one participant and cohort
 * impossible, whatever the code path.
 */
@Entity({ name: 'certificates' })
@Index('uq_certificates_valid', ['participantId', 'cohortId'], {
  unique: true,
  where: `"status" IN ('pending', 'issued')`,
})
@Index('uq_certificates_code', ['code'], { unique: true })
@Index('uq_certificates_status_index', ['statusIndex'], { unique: true })
@Index('ix_certificates_cohort', ['cohortId'])
@Index('ix_certificates_batch', ['batchId'])
@Index('ix_certificates_pending', ['createdAt'], { where: `"status" = 'pending'` })
@Check(
  'ck_certificates_issued',
  `"status" <> 'issued' OR ("storage_key" IS NOT NULL AND "sha256" IS NOT NULL AND "issued_at" IS NOT NULL)`,
)
@Check(
  'ck_certificates_revoked',
  `"status" <> 'revoked' OR ("revoked_at" IS NOT NULL AND "revocation_reason" IS NOT NULL)`,
)
@Check('ck_certificates_superseded', `"status" <> 'superseded' OR "superseded_by" IS NOT NULL`)
export class CertificateEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_certificates' })
  id!: string;

  @Column({ name: 'participant_id', type: 'uuid' })
  participantId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'participant_id', foreignKeyConstraintName: 'fk_certificates_participant' })
  participant?: UserEntity;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_certificates_cohort' })
  cohort?: CohortEntity;

  @Column({ name: 'batch_id', type: 'uuid' })
  batchId!: string;

  @ManyToOne(() => CertificateBatchEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'batch_id', foreignKeyConstraintName: 'fk_certificates_batch' })
  batch?: CertificateBatchEntity;

  /** The name printed, as it was when the certificate was asked for. */
  @Column({ name: 'participant_name', type: 'varchar', length: 120 })
  participantName!: string;

  @Column({
    type: 'enum',
    enum: CERTIFICATE_STATUSES,
    enumName: 'certificate_status',
    default: 'pending',
  })
  status!: CertificateStatus;

  /** Render attempts the worker made; `last_error` is the latest failure. */
  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  /** The short human verification code printed under the QR code (`/verify/<code>`). */
  @Column({ type: 'varchar', length: 16 })
  code!: string;

  /** This certificate's bit in the Bitstring Status Lists, from the sequence. */
  @Column({ name: 'status_index', type: 'integer' })
  statusIndex!: number;

  @Column({ name: 'storage_key', type: 'varchar', length: 200, nullable: true })
  storageKey!: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  sha256!: string | null;

  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true })
  issuedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revocation_reason', type: 'varchar', length: 500, nullable: true })
  revocationReason!: string | null;

  @Column({ name: 'superseded_by', type: 'uuid', nullable: true })
  supersededBy!: string | null;

  /** Deferred: a re-issue supersedes the old row before it inserts its successor. */
  @ManyToOne(() => CertificateEntity, { onDelete: 'RESTRICT', deferrable: 'INITIALLY DEFERRED' })
  @JoinColumn({ name: 'superseded_by', foreignKeyConstraintName: 'fk_certificates_successor' })
  successor?: CertificateEntity;
}
