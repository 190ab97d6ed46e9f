import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { CourseEntity } from './course.entity';
import { PHASES, Phase } from './enums';

/** One of a course's three phases; `position` 1–3 follows the fixed order of PHASES. */
@Entity({ name: 'course_phases' })
@Index('uq_course_phases_course_phase', ['courseId', 'phase'], { unique: true })
@Index('uq_course_phases_course_position', ['courseId', 'position'], { unique: true })
@Check('ck_course_phases_position', `"position" BETWEEN 1 AND 3`)
@Check('ck_course_phases_budget', `"hours_budget" >= 0 AND "days_budget" >= 0`)
export class CoursePhaseEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_course_phases' })
  id!: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId!: string;

  @ManyToOne('CourseEntity', 'phases', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_course_phases_course' })
  course?: CourseEntity;

  @Column({ type: 'enum', enum: PHASES, enumName: 'course_phase' })
  phase!: Phase;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ name: 'objectives_fr', type: 'text', default: '' })
  objectivesFr!: string;

  @Column({ name: 'objectives_en', type: 'text', default: '' })
  objectivesEn!: string;

  @Column({ name: 'hours_budget', type: 'numeric', precision: 5, scale: 1, default: 0 })
  hoursBudget!: string;

  @Column({ name: 'days_budget', type: 'numeric', precision: 4, scale: 1, default: 0 })
  daysBudget!: string;
}
