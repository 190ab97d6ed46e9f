import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ASSESSMENT_STATUSES, AssessmentStatus } from './assessment-enums';
import { CohortEntity } from './cohort.entity';
import { PHASES, Phase } from './enums';
import { Timestamped } from './timestamps';
import { UserEntity } from './user.entity';

/**
 * A trainer's assessment of one participant for one phase of a cohort: one row per
 * (cohort, participant, phase), updated in place; the audit log keeps the history.
 */
@Entity({ name: 'assessments' })
@Index('uq_assessments_cohort_participant_phase', ['cohortId', 'participantId', 'phase'], {
  unique: true,
})
@Index('ix_assessments_participant', ['participantId'])
export class AssessmentEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_assessments' })
  id!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_assessments_cohort' })
  cohort?: CohortEntity;

  @Column({ name: 'participant_id', type: 'uuid' })
  participantId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id', foreignKeyConstraintName: 'fk_assessments_participant' })
  participant?: UserEntity;

  @Column({ type: 'enum', enum: PHASES, enumName: 'course_phase' })
  phase!: Phase;

  @Column({ type: 'enum', enum: ASSESSMENT_STATUSES, enumName: 'assessment_status' })
  status!: AssessmentStatus;

  @Column({ type: 'varchar', length: 2000, default: '' })
  comment!: string;

  @Column({ name: 'assessed_by', type: 'uuid', nullable: true })
  assessedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assessed_by', foreignKeyConstraintName: 'fk_assessments_assessed_by' })
  assessor?: UserEntity | null;
}
