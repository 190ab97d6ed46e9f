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

/** Messages to send, written in the transaction of the change they announce; a sender drains it. */
@Entity({ name: 'notification_outbox' })
@Index('ix_notification_outbox_sent_at', ['sentAt'])
@Index('ix_notification_outbox_recipient', ['recipientId'])
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
}
