import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { COHORT_STATUSES, CohortStatus } from './cohort-enums';
import { CourseEntity } from './course.entity';
import { LOCALES, Locale } from './enums';
import { SearchColumn } from './search-column';
import { Timestamped } from './timestamps';

/**
 * One run of a course. `enrolled_seats` is kept by a trigger on cohort_pairs and checked
 * against `capacity`, so that no code path can overbook the cohort.
 */
@Entity({ name: 'cohorts' })
@Index('ix_cohorts_course', ['courseId'])
@Index('ix_cohorts_status', ['status', 'id'])
@Index('ix_cohorts_name', ['name', 'id'])
@Index('ix_cohorts_starts_on', ['startsOn', 'id'])
@Index('ix_cohorts_status_starts_on', ['status', 'startsOn', 'id'])
@Index('ix_cohorts_created_at', ['createdAt', 'id'])
// Trigram index for the list's `search LIKE '%q%'`, created by the SearchColumns migration. The
// ScaleIndexes migration leaves half of each page free so that the seat trigger's updates stay
// on the row's page.
@Index('ix_cohorts_search_trgm', { synchronize: false })
@Check('ck_cohorts_capacity', `"capacity" BETWEEN 5 AND 10`)
@Check('ck_cohorts_seats', `"enrolled_seats" BETWEEN 0 AND "capacity"`)
@Check('ck_cohorts_place', `"online" OR "venue" IS NOT NULL`)
@Check('ck_cohorts_dates', `"ends_on" IS NULL OR "starts_on" IS NULL OR "ends_on" >= "starts_on"`)
export class CohortEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_cohorts' })
  id!: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId!: string;

  @ManyToOne(() => CourseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_cohorts_course' })
  course?: CourseEntity;

  @Column({ type: 'varchar', length: 160 })
  name!: string;

  /** The name lower-cased: what the list's `q` searches. */
  @SearchColumn()
  search?: string;

  @Column({ type: 'enum', enum: LOCALES, enumName: 'locale' })
  language!: Locale;

  /** Where sessions take place by default; null when the cohort is online only. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  venue!: string | null;

  @Column({ type: 'boolean', default: false })
  online!: boolean;

  @Column({ name: 'online_url', type: 'varchar', length: 500, nullable: true })
  onlineUrl!: string | null;

  /** IANA zone the sessions are scheduled and shown in; instants are stored in UTC. */
  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone!: string;

  /** Seats in participants; a pair takes two. */
  @Column({ type: 'smallint', default: 10 })
  capacity!: number;

  /** Seats taken by enrolled pairs, maintained by the `cohort_pairs_seats` trigger only. */
  @Column({ name: 'enrolled_seats', type: 'smallint', default: 0, insert: false, update: false })
  enrolledSeats!: number;

  @Column({ type: 'enum', enum: COHORT_STATUSES, enumName: 'cohort_status', default: 'draft' })
  status!: CohortStatus;

  /** First and last day, in the cohort's time zone. */
  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn!: string | null;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: string | null;
}
