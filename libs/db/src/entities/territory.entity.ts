import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TERRITORY_LEVELS, TerritoryLevel } from './enums';
import { Timestamped } from './timestamps';

@Entity({ name: 'territories' })
@Index('uq_territories_country_level_name', ['country', 'level', 'name'], { unique: true })
@Check('ck_territories_country', `"country" ~ '^[A-Z]{2}$'`)
export class TerritoryEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_territories' })
  id!: string;

  @Column({ type: 'varchar', length: 160 })
  name!: string;

  /** ISO 3166-1 alpha-2 code. */
  @Column({ type: 'char', length: 2 })
  country!: string;

  @Column({ type: 'enum', enum: TERRITORY_LEVELS, enumName: 'territory_level' })
  level!: TerritoryLevel;
}
