import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PROTOTYPE_STATUSES, PrototypeStatus } from './prototype-enums';
import { PrototypeEntity } from './prototype.entity';
import { UserEntity } from './user.entity';

/** One move of a prototype's workflow, with the trainer's comment: the history the pair reads. */
@Entity({ name: 'prototype_events' })
@Index('ix_prototype_events_prototype', ['prototypeId', 'createdAt'])
export class PrototypeEventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_prototype_events' })
  id!: string;

  @Column({ name: 'prototype_id', type: 'uuid' })
  prototypeId!: string;

  @ManyToOne(() => PrototypeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'prototype_id', foreignKeyConstraintName: 'fk_prototype_events_prototype' })
  prototype?: PrototypeEntity;

  @Column({
    name: 'from_status',
    type: 'enum',
    enum: PROTOTYPE_STATUSES,
    enumName: 'prototype_status',
  })
  fromStatus!: PrototypeStatus;

  @Column({
    name: 'to_status',
    type: 'enum',
    enum: PROTOTYPE_STATUSES,
    enumName: 'prototype_status',
  })
  toStatus!: PrototypeStatus;

  /** The version the move concerns (the one just frozen, on a submission). */
  @Column({ name: 'version_number', type: 'integer' })
  versionNumber!: number;

  @Column({ type: 'text', default: '' })
  comment!: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_prototype_events_actor' })
  actor?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
