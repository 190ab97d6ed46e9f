import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CohortEntity } from './cohort.entity';
import { CONVICTION_MOMENTS, ConvictionMoment } from './impact-enums';
import { Timestamped } from './timestamps';
import { UserEntity } from './user.entity';

/** One participant's answers to the conviction scale, before or after their cohort. */
@Entity({ name: 'conviction_answers' })
@Index('uq_conviction_answers_slot', ['cohortId', 'participantId', 'moment'], { unique: true })
@Index('ix_conviction_answers_participant', ['participantId'])
@Check(
  'ck_conviction_answers_scale',
  `"collective_intelligence" BETWEEN 1 AND 5 AND "free_software" BETWEEN 1 AND 5 AND "civic_tech" BETWEEN 1 AND 5`,
)
export class ConvictionAnswerEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_conviction_answers' })
  id!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_conviction_answers_cohort' })
  cohort?: CohortEntity;

  @Column({ name: 'participant_id', type: 'uuid' })
  participantId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'participant_id',
    foreignKeyConstraintName: 'fk_conviction_answers_participant',
  })
  participant?: UserEntity;

  @Column({ type: 'enum', enum: CONVICTION_MOMENTS, enumName: 'conviction_moment' })
  moment!: ConvictionMoment;

  /** "Collective intelligence improves territorial projects", 1 to 5. */
  @Column({ name: 'collective_intelligence', type: 'smallint' })
  collectiveIntelligence!: number;

  /** Confidence with free software, 1 to 5. */
  @Column({ name: 'free_software', type: 'smallint' })
  freeSoftware!: number;

  /** Confidence with civic-techs, 1 to 5. */
  @Column({ name: 'civic_tech', type: 'smallint' })
  civicTech!: number;
}
