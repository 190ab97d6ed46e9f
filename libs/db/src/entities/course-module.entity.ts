import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { CoursePhaseEntity } from './course-phase.entity';
import { Timestamped } from './timestamps';

/**
 * A module of one phase of a course. Its course is reached through the phase, so a module can
 * never sit in a phase of another course. Positions are unique per phase; the constraint is
 * deferred so that a reorder can rewrite every position in one transaction.
 */
@Entity({ name: 'course_modules' })
@Unique('uq_course_modules_phase_position', ['phaseId', 'position'], {
  deferrable: 'INITIALLY DEFERRED',
})
@Index('ix_course_modules_phase', ['phaseId'])
export class CourseModuleEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_course_modules' })
  id!: string;

  @Column({ name: 'phase_id', type: 'uuid' })
  phaseId!: string;

  @ManyToOne(() => CoursePhaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'phase_id', foreignKeyConstraintName: 'fk_course_modules_phase' })
  phase?: CoursePhaseEntity;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ name: 'title_fr', type: 'varchar', length: 200 })
  titleFr!: string;

  @Column({ name: 'title_en', type: 'varchar', length: 200 })
  titleEn!: string;

  @Column({ name: 'summary_fr', type: 'text', default: '' })
  summaryFr!: string;

  @Column({ name: 'summary_en', type: 'text', default: '' })
  summaryEn!: string;
}
