import { Check, Column, Entity, Index, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { COURSE_FORMATS, COURSE_STATUSES, CourseFormat, CourseStatus } from './enums';
import { CoursePhaseEntity } from './course-phase.entity';
import { Timestamped } from './timestamps';

/**
 * A training offer (formation); its content is a commons published under `licence`.
 * `search_vector` is kept by a trigger (French and English accent-insensitive configurations)
 * and indexed by `ix_courses_search`, both created by the migration.
 */
@Entity({ name: 'courses' })
@Index('uq_courses_slug', ['slug'], { unique: true })
@Index('ix_courses_status', ['status'])
@Index('ix_courses_search', { synchronize: false })
@Check('ck_courses_min_attendance', `"min_attendance_percent" BETWEEN 0 AND 100`)
export class CourseEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_courses' })
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  slug!: string;

  @Column({ name: 'title_fr', type: 'varchar', length: 200 })
  titleFr!: string;

  @Column({ name: 'title_en', type: 'varchar', length: 200 })
  titleEn!: string;

  @Column({ name: 'summary_fr', type: 'text', default: '' })
  summaryFr!: string;

  @Column({ name: 'summary_en', type: 'text', default: '' })
  summaryEn!: string;

  @Column({ name: 'description_fr', type: 'text', default: '' })
  descriptionFr!: string;

  @Column({ name: 'description_en', type: 'text', default: '' })
  descriptionEn!: string;

  @Column({ type: 'enum', enum: COURSE_FORMATS, enumName: 'course_format' })
  format!: CourseFormat;

  @Column({ type: 'enum', enum: COURSE_STATUSES, enumName: 'course_status', default: 'draft' })
  status!: CourseStatus;

  /** SPDX licence id of the course content. */
  @Column({ type: 'varchar', length: 64, default: 'CC-BY-SA-4.0' })
  licence!: string;

  /** Certificate rule: minimum attendance in every phase, as a percentage. */
  @Column({ name: 'min_attendance_percent', type: 'smallint', default: 80 })
  minAttendancePercent!: number;

  /** Certificate rule: the pair's prototype must be accepted. */
  @Column({ name: 'require_accepted_prototype', type: 'boolean', default: true })
  requireAcceptedPrototype!: boolean;

  @Column({
    name: 'search_vector',
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    nullable: true,
  })
  searchVector?: string;

  @OneToMany(() => CoursePhaseEntity, (phase) => phase.course)
  phases?: CoursePhaseEntity[];
}
