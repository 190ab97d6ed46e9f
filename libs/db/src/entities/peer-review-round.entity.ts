import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  Check,
} from 'typeorm';
import { CohortEntity } from './cohort.entity';

/** A cohort's peer review: how many reviews each pair gives, and whether authors see who wrote them. */
@Entity({ name: 'peer_review_rounds' })
@Check('ck_peer_review_rounds_per_pair', `"reviews_per_pair" >= 1`)
export class PeerReviewRoundEntity {
  @PrimaryColumn({
    name: 'cohort_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_peer_review_rounds',
  })
  cohortId!: string;

  @OneToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_peer_review_rounds_cohort' })
  cohort?: CohortEntity;

  @Column({ name: 'reviews_per_pair', type: 'integer' })
  reviewsPerPair!: number;

  @Column({ name: 'show_reviewer_names', type: 'boolean', default: false })
  showReviewerNames!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
