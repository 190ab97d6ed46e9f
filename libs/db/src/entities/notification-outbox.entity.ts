import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from './user.entity';

/** `skipped`: the person turned this category of email off; the inbox still shows it. */
export const NOTIFICATION_STATUSES = ['pending', 'sent', 'failed', 'skipped'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** Messages to send, written in the transaction of the change they announce; a sender drains it. */
@Entity({ name: 'notification_outbox' })
@Index('ix_notification_outbox_sent_at', ['sentAt'])
@Index('ix_notification_outbox_recipient', ['recipientId'])
@Index('ix_notification_outbox_status', ['status', 'id'])
@Index('uq_notification_outbox_dedupe_key', ['dedupeKey'], {
  unique: true,
  where: '"dedupe_key" IS NOT NULL',
})
export class NotificationOutboxEntity {
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'pk_notification_outbox',
  })
  id!: string;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'recipient_id',
    foreignKeyConstraintName: 'fk_notification_outbox_recipient',
  })
  recipient?: UserEntity;

  /** Dotted template key such as `pair.promoted`. */
  @Column({ type: 'varchar', length: 80 })
  template!: string;

  @Column({ type: 'jsonb' })
  payload!: object;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  /** Email delivery: a `sent` message is never sent again. */
  @Column({
    type: 'enum',
    enum: NOTIFICATION_STATUSES,
    enumName: 'notification_status',
    default: 'pending',
  })
  status!: NotificationStatus;

  /** Sending attempts so far, across retries; names the delivery job of an admin's retry. */
  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  /** Names a message a schedule writes, so that a second run writes it no second time. */
  @Column({ name: 'dedupe_key', type: 'varchar', length: 200, nullable: true })
  dedupeKey!: string | null;

  /** When the recipient read it in the in-app inbox. */
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
