import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { CourseModuleEntity } from './course-module.entity';
import { RESOURCE_KINDS, ResourceKind } from './enums';
import { Timestamped } from './timestamps';

/**
 * Course material: a link, an uploaded file (kept in the file storage under `file_key`) or a
 * Markdown text, each under its own licence and in one language. The check constraint keeps
 * exactly the columns of its kind filled.
 */
@Entity({ name: 'course_resources' })
@Unique('uq_course_resources_module_position', ['moduleId', 'position'], {
  deferrable: 'INITIALLY DEFERRED',
})
@Index('ix_course_resources_module', ['moduleId'])
@Index('uq_course_resources_file_key', ['fileKey'], { unique: true })
@Check('ck_course_resources_language', `"language" ~ '^[a-z]{2,3}$'`)
@Check(
  'ck_course_resources_kind',
  `("kind" = 'link' AND "url" IS NOT NULL AND "body" IS NULL AND "file_key" IS NULL) OR ` +
    `("kind" = 'text' AND "body" IS NOT NULL AND "url" IS NULL AND "file_key" IS NULL) OR ` +
    `("kind" = 'file' AND "file_key" IS NOT NULL AND "file_name" IS NOT NULL AND ` +
    `"content_type" IS NOT NULL AND "size_bytes" IS NOT NULL AND "sha256" IS NOT NULL AND ` +
    `"url" IS NULL AND "body" IS NULL)`,
)
export class CourseResourceEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_course_resources' })
  id!: string;

  @Column({ name: 'module_id', type: 'uuid' })
  moduleId!: string;

  @ManyToOne(() => CourseModuleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'fk_course_resources_module' })
  module?: CourseModuleEntity;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'enum', enum: RESOURCE_KINDS, enumName: 'resource_kind' })
  kind!: ResourceKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  /** ISO 639-1 (or 639-3) code of the resource's language. */
  @Column({ type: 'varchar', length: 3 })
  language!: string;

  /** SPDX licence id. */
  @Column({ type: 'varchar', length: 64 })
  licence!: string;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  url!: string | null;

  /** Markdown, for `text` resources. */
  @Column({ type: 'text', nullable: true })
  body!: string | null;

  @Column({ name: 'file_key', type: 'varchar', length: 200, nullable: true })
  fileKey!: string | null;

  @Column({ name: 'file_name', type: 'varchar', length: 255, nullable: true })
  fileName!: string | null;

  /** The type sniffed from the content, never the one the uploader claimed. */
  @Column({ name: 'content_type', type: 'varchar', length: 120, nullable: true })
  contentType!: string | null;

  @Column({ name: 'size_bytes', type: 'integer', nullable: true })
  sizeBytes!: number | null;

  @Column({ type: 'char', length: 64, nullable: true })
  sha256!: string | null;
}
