import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CourseEntity } from './course.entity';
import { UserEntity } from './user.entity';

/**
 * A course whose anonymised impact dashboard is public: the row is the flag (present = on),
 * kept by the impact feature so that the courses table stays its owner's.
 */
@Entity({ name: 'impact_publications' })
export class ImpactPublicationEntity {
  @PrimaryColumn({
    name: 'course_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_impact_publications',
  })
  courseId!: string;

  @ManyToOne(() => CourseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_impact_publications_course' })
  course?: CourseEntity;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'published_by',
    foreignKeyConstraintName: 'fk_impact_publications_publisher',
  })
  publisher?: UserEntity;

  @CreateDateColumn({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;
}
