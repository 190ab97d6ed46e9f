import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PrototypeEntity } from './prototype.entity';
import { UserEntity } from './user.entity';

/**
 * A submitted version of a prototype: the full content as it was (attachments with their
 * SHA-256). A trigger created by the migration refuses every UPDATE and any DELETE that is not
 * the cascade of its prototype's removal: a version cannot change once frozen.
 */
@Entity({ name: 'prototype_versions' })
@Index('uq_prototype_versions_number', ['prototypeId', 'number'], { unique: true })
@Check('ck_prototype_versions_number', `"number" >= 1`)
export class PrototypeVersionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_prototype_versions' })
  id!: string;

  @Column({ name: 'prototype_id', type: 'uuid' })
  prototypeId!: string;

  @ManyToOne(() => PrototypeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'prototype_id', foreignKeyConstraintName: 'fk_prototype_versions_prototype' })
  prototype?: PrototypeEntity;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_prototype_versions_author' })
  author?: UserEntity;

  @Column({ type: 'jsonb' })
  content!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
