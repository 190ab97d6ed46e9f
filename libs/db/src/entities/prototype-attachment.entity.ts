import {
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

/** A file of a prototype (slides, PDF, image), kept in the file storage under `file_key`. */
@Entity({ name: 'prototype_attachments' })
@Index('ix_prototype_attachments_prototype', ['prototypeId'])
@Index('uq_prototype_attachments_file_key', ['fileKey'], { unique: true })
export class PrototypeAttachmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_prototype_attachments' })
  id!: string;

  @Column({ name: 'prototype_id', type: 'uuid' })
  prototypeId!: string;

  @ManyToOne(() => PrototypeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'prototype_id',
    foreignKeyConstraintName: 'fk_prototype_attachments_prototype',
  })
  prototype?: PrototypeEntity;

  @Column({ name: 'file_key', type: 'varchar', length: 200 })
  fileKey!: string;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ name: 'content_type', type: 'varchar', length: 120 })
  contentType!: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'uploaded_by',
    foreignKeyConstraintName: 'fk_prototype_attachments_uploader',
  })
  uploader?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
