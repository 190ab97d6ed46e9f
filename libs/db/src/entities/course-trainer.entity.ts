import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CourseEntity } from './course.entity';
import { UserEntity } from './user.entity';

/** A trainer assigned to a course may edit it. */
@Entity({ name: 'course_trainers' })
@Index('ix_course_trainers_trainer', ['trainerId'])
export class CourseTrainerEntity {
  @PrimaryColumn({
    name: 'course_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_course_trainers',
  })
  courseId!: string;

  @PrimaryColumn({
    name: 'trainer_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_course_trainers',
  })
  trainerId!: string;

  @ManyToOne(() => CourseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_course_trainers_course' })
  course?: CourseEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trainer_id', foreignKeyConstraintName: 'fk_course_trainers_trainer' })
  trainer?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
