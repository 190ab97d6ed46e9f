import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CIVIC_TECH_CATEGORIES, CivicTechCategory } from './enums';
import { Timestamped } from './timestamps';

/**
 * A free/open-source civic-tech of the catalogue. `search_vector` is kept by a trigger
 * (French and English accent-insensitive configurations) and indexed by `ix_civic_techs_search`,
 * both created by the migration: TypeORM only knows they exist.
 */
@Entity({ name: 'civic_techs' })
@Index('uq_civic_techs_slug', ['slug'], { unique: true })
@Index('ix_civic_techs_search', { synchronize: false })
@Check('ck_civic_techs_slug', `"slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
export class CivicTechEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_civic_techs' })
  id!: string;

  @Column({ type: 'varchar', length: 80 })
  slug!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ name: 'description_fr', type: 'text', default: '' })
  descriptionFr!: string;

  @Column({ name: 'description_en', type: 'text', default: '' })
  descriptionEn!: string;

  /** SPDX licence id of the tool's source code. */
  @Column({ type: 'varchar', length: 64 })
  licence!: string;

  @Column({ name: 'repository_url', type: 'varchar', length: 500 })
  repositoryUrl!: string;

  @Column({ name: 'website_url', type: 'varchar', length: 500, nullable: true })
  websiteUrl!: string | null;

  @Column({
    type: 'enum',
    enum: CIVIC_TECH_CATEGORIES,
    enumName: 'civic_tech_category',
    array: true,
  })
  categories!: CivicTechCategory[];

  /** ISO 639-1 codes of the languages its interface is available in. */
  @Column({ type: 'text', array: true })
  languages!: string[];

  /** Who maintains it: the organisation or community behind the tool. */
  @Column({ type: 'varchar', length: 200, default: '' })
  maintainer!: string;

  /** When a person last checked these facts against the tool's own sources. */
  @Column({ name: 'last_checked_on', type: 'date', nullable: true })
  lastCheckedOn!: string | null;

  @Column({
    name: 'search_vector',
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    nullable: true,
  })
  searchVector?: string;
}
