import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CivicTechEntity } from './civic-tech.entity';
import { CohortPairEntity } from './cohort-pair.entity';
import { CohortEntity } from './cohort.entity';
import { WOULD_USE, WouldUse } from './prototype-enums';
import { Timestamped } from './timestamps';
import { UserEntity } from './user.entity';

/** A pair's test of a catalogue tool in phase 2: what they tried and how well it fits. */
@Entity({ name: 'civic_tech_tests' })
@Index('ix_civic_tech_tests_cohort', ['cohortId'])
@Index('ix_civic_tech_tests_pair', ['pairId'])
@Index('ix_civic_tech_tests_civic_tech', ['civicTechId'])
@Check('ck_civic_tech_tests_fit', `"fit" BETWEEN 1 AND 5`)
export class CivicTechTestEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_civic_tech_tests' })
  id!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_civic_tech_tests_cohort' })
  cohort?: CohortEntity;

  @Column({ name: 'pair_id', type: 'uuid' })
  pairId!: string;

  @ManyToOne(() => CohortPairEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pair_id', foreignKeyConstraintName: 'fk_civic_tech_tests_pair' })
  pair?: CohortPairEntity;

  @Column({ name: 'civic_tech_id', type: 'uuid' })
  civicTechId!: string;

  @ManyToOne(() => CivicTechEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'civic_tech_id', foreignKeyConstraintName: 'fk_civic_tech_tests_civic_tech' })
  civicTech?: CivicTechEntity;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_civic_tech_tests_author' })
  author?: UserEntity;

  @Column({ name: 'use_case', type: 'text' })
  useCase!: string;

  /** How well the tool fits the pair's territory, 1 (poorly) to 5 (very well). */
  @Column({ type: 'smallint' })
  fit!: number;

  @Column({ type: 'text', default: '' })
  strengths!: string;

  @Column({ type: 'text', default: '' })
  limits!: string;

  @Column({ name: 'would_use', type: 'enum', enum: WOULD_USE, enumName: 'would_use' })
  wouldUse!: WouldUse;
}
