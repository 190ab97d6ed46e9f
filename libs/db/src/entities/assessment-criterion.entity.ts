import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CourseEntity } from './course.entity';
import { PHASES, Phase } from './enums';
import { Timestamped } from './timestamps';

/** A criterion of a course's assessment rubric for one phase: what "acquired" means there. */
@Entity({ name: 'assessment_criteria' })
@Index('uq_assessment_criteria_position', ['courseId', 'phase', 'position'], { unique: true })
export class AssessmentCriterionEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_assessment_criteria' })
  id!: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId!: string;

  @ManyToOne(() => CourseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_assessment_criteria_course' })
  course?: CourseEntity;

  @Column({ type: 'enum', enum: PHASES, enumName: 'course_phase' })
  phase!: Phase;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ name: 'label_fr', type: 'varchar', length: 300 })
  labelFr!: string;

  @Column({ name: 'label_en', type: 'varchar', length: 300 })
  labelEn!: string;
}
