import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CourseEntity } from './course.entity';
import { Timestamped } from './timestamps';

/** A criterion of a course's peer-review rubric, scored 1–5 by reviewers; course content. */
@Entity({ name: 'course_review_criteria' })
@Index('uq_course_review_criteria_position', ['courseId', 'position'], { unique: true })
export class CourseReviewCriterionEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_course_review_criteria' })
  id!: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId!: string;

  @ManyToOne(() => CourseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_course_review_criteria_course' })
  course?: CourseEntity;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ name: 'label_fr', type: 'varchar', length: 200 })
  labelFr!: string;

  @Column({ name: 'label_en', type: 'varchar', length: 200 })
  labelEn!: string;
}
