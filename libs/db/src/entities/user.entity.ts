import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { LOCALES, Locale, PARTICIPANT_KINDS, ParticipantKind, ROLES, Role } from './enums';
import { TerritoryEntity } from './territory.entity';
import { SearchColumn } from './search-column';
import { Timestamped } from './timestamps';

@Entity({ name: 'users' })
@Index('uq_users_email', ['email'], { unique: true })
@Index('ix_users_territory', ['territoryId'])
@Index('ix_users_display_name', ['displayName', 'id'])
@Index('ix_users_role_display_name', ['role', 'displayName', 'id'])
@Index('ix_users_created_at', ['createdAt', 'id'])
@Index('ix_users_role', ['role', 'id'])
@Index('ix_users_is_active', ['isActive', 'id'])
// Trigram index for the lists' `search LIKE '%q%'`, created by the SearchColumns migration.
@Index('ix_users_search_trgm', { synchronize: false })
@Check('ck_users_email_lowercase', `"email" = lower("email")`)
@Check(
  'ck_users_participant_profile',
  `("role" = 'participant') = ("kind" IS NOT NULL AND "territory_id" IS NOT NULL)`,
)
export class UserEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_users' })
  id!: string;

  /** Stored lower-cased so that uniqueness ignores case. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 120 })
  displayName!: string;

  /** The name lower-cased and the email: what a list's `q` searches. */
  @SearchColumn()
  search?: string;

  @Column({ type: 'enum', enum: LOCALES, enumName: 'locale', default: 'fr' })
  locale!: Locale;

  @Column({ type: 'enum', enum: ROLES, enumName: 'user_role' })
  role!: Role;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ name: 'is_active', type: 'boolean', default: true })
  isActive!: boolean;

  /**
   * Signed into every access token; raising it (password change or reset, deactivation)
   * invalidates every token issued before.
   */
  @Column({ name: 'token_version', type: 'integer', default: 0 })
  tokenVersion!: number;

  /** Message categories this person does not want by email (the inbox still shows them). */
  @Column({ name: 'email_opt_out', type: 'text', array: true, default: () => "'{}'" })
  emailOptOut!: string[];

  /** Participants only: which side of the pair they sit on. */
  @Column({ type: 'enum', enum: PARTICIPANT_KINDS, enumName: 'participant_kind', nullable: true })
  kind!: ParticipantKind | null;

  @Column({ name: 'territory_id', type: 'uuid', nullable: true })
  territoryId!: string | null;

  @ManyToOne(() => TerritoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'territory_id', foreignKeyConstraintName: 'fk_users_territory' })
  territory?: TerritoryEntity | null;

  /** Participants only: their mandate or job title. */
  @Column({ type: 'varchar', length: 160, nullable: true })
  position!: string | null;
}
