import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { CIVIC_TECH_CATEGORIES, CivicTechCategory, CivicTechEntity } from '@apprenance/db';
import { IsSpdxLicence, toCanonicalSpdx } from '../../common/licences/spdx';
import { SearchableListQueryDto } from '../../common/list/list-query.dto';
import { UuidIdsFilter } from '../../common/list/to-array';
import { Optional } from '../../common/dto/optional';
import { trim } from '../../common/dto/trim';
import { pick } from '../../common/pick';

const lowerEach = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? value.map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v))
    : value;
const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };

export class CivicTechDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'decidim' }) slug!: string;
  @ApiProperty({ example: 'Decidim' }) name!: string;
  @ApiProperty() descriptionFr!: string;
  @ApiProperty() descriptionEn!: string;
  @ApiProperty({ example: 'AGPL-3.0-or-later', description: 'SPDX id' }) licence!: string;
  @ApiProperty({ example: 'https://github.com/decidim/decidim' }) repositoryUrl!: string;
  @ApiProperty({ nullable: true, type: String }) websiteUrl!: string | null;
  @ApiProperty({ enum: CIVIC_TECH_CATEGORIES, isArray: true }) categories!: CivicTechCategory[];
  @ApiProperty({ type: [String], example: ['fr', 'en'], description: 'ISO 639-1 codes' })
  languages!: string[];
  @ApiProperty({ example: 'Decidim Association' }) maintainer!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) lastCheckedOn!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

/** A catalogue entry's own fields: what its mapper, audit trail and open-data export copy. */
export const CIVIC_TECH_FIELDS = [
  'slug',
  'name',
  'descriptionFr',
  'descriptionEn',
  'licence',
  'repositoryUrl',
  'websiteUrl',
  'categories',
  'languages',
  'maintainer',
  'lastCheckedOn',
] as const;

export function toCivicTechDto(tech: CivicTechEntity): CivicTechDto {
  const { id, createdAt, updatedAt } = tech;
  return { id, ...pick(tech, CIVIC_TECH_FIELDS), createdAt, updatedAt };
}

export class CreateCivicTechDto {
  @ApiProperty({ example: 'decidim' })
  @Transform(trim)
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'slug must be lower-case words joined by hyphens',
  })
  @MaxLength(80)
  slug!: string;

  @ApiProperty({ example: 'Decidim' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name!: string;

  @ApiPropertyOptional({ description: 'Markdown' })
  @Optional()
  @IsString()
  @MaxLength(10_000)
  descriptionFr?: string;

  @ApiPropertyOptional({ description: 'Markdown' })
  @Optional()
  @IsString()
  @MaxLength(10_000)
  descriptionEn?: string;

  @ApiProperty({ example: 'AGPL-3.0-or-later', description: 'SPDX id of the source code licence' })
  @Transform(toCanonicalSpdx)
  @IsSpdxLicence()
  licence!: string;

  @ApiProperty({ example: 'https://github.com/decidim/decidim' })
  @IsUrl(URL_OPTIONS)
  @MaxLength(500)
  repositoryUrl!: string;

  @ApiPropertyOptional({ example: 'https://decidim.org', nullable: true, type: String })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsUrl(URL_OPTIONS)
  @MaxLength(500)
  websiteUrl?: string | null;

  @ApiProperty({ enum: CIVIC_TECH_CATEGORIES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(CIVIC_TECH_CATEGORIES, { each: true })
  categories!: CivicTechCategory[];

  @ApiProperty({ type: [String], example: ['fr', 'en'], description: 'ISO 639-1 codes' })
  @Transform(lowerEach)
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @Matches(/^[a-z]{2,3}$/, { each: true, message: 'each language must be an ISO 639-1 code' })
  languages!: string[];

  @ApiPropertyOptional({ example: 'Decidim Association' })
  @Optional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  maintainer?: string;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'lastCheckedOn must be a date such as 2026-01-31' })
  lastCheckedOn?: string | null;
}

/** Every field optional; only websiteUrl and lastCheckedOn may be cleared with null. */
export class UpdateCivicTechDto extends PartialType(CreateCivicTechDto, {
  skipNullProperties: false,
}) {}

export class CivicTechListQueryDto extends SearchableListQueryDto {
  @UuidIdsFilter()
  id?: string[];

  @ApiPropertyOptional({ enum: CIVIC_TECH_CATEGORIES })
  @IsOptional()
  @IsIn(CIVIC_TECH_CATEGORIES)
  category?: CivicTechCategory;

  @ApiPropertyOptional({ example: 'fr', description: 'interface language (ISO 639-1)' })
  @IsOptional()
  @Matches(/^[a-z]{2,3}$/)
  language?: string;

  @ApiPropertyOptional({ example: 'AGPL-3.0-or-later' })
  @IsOptional()
  @Transform(toCanonicalSpdx)
  @IsSpdxLicence()
  licence?: string;
}
