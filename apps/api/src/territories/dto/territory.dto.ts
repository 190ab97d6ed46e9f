import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import { TERRITORY_LEVELS, TerritoryEntity, TerritoryLevel } from '@apprenance/db';
import { SearchableListQueryDto } from '../../common/list/list-query.dto';
import { UuidIdsFilter } from '../../common/list/to-array';
import { trim, trimUpper } from '../../common/dto/trim';

export class TerritoryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Grenoble' }) name!: string;
  @ApiProperty({ example: 'FR', description: 'ISO 3166-1 alpha-2' }) country!: string;
  @ApiProperty({ enum: TERRITORY_LEVELS }) level!: TerritoryLevel;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export function toTerritoryDto(territory: TerritoryEntity): TerritoryDto {
  const { id, name, country, level, createdAt, updatedAt } = territory;
  return { id, name, country, level, createdAt, updatedAt };
}

export class CreateTerritoryDto {
  @ApiProperty({ example: 'Grenoble-Alpes Métropole' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(160)
  name!: string;

  @ApiProperty({ example: 'FR', description: 'ISO 3166-1 alpha-2' })
  @Transform(trimUpper)
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code such as FR' })
  country!: string;

  @ApiProperty({ enum: TERRITORY_LEVELS })
  @IsIn(TERRITORY_LEVELS)
  level!: TerritoryLevel;
}

export class UpdateTerritoryDto extends PartialType(CreateTerritoryDto, {
  skipNullProperties: false,
}) {}

export class TerritoryListQueryDto extends SearchableListQueryDto {
  @UuidIdsFilter()
  id?: string[];

  @ApiPropertyOptional({ example: 'FR' })
  @IsOptional()
  @Transform(trimUpper)
  @IsISO31661Alpha2()
  country?: string;

  @ApiPropertyOptional({ enum: TERRITORY_LEVELS })
  @IsOptional()
  @IsIn(TERRITORY_LEVELS)
  level?: TerritoryLevel;
}
