import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  LOCALES,
  Locale,
  PAIR_STATUSES,
  PairStatus,
  ParticipantKind,
  TERRITORY_LEVELS,
  TerritoryLevel,
} from '@apprenance/db';
import { DisplayNameField, EmailField } from '../../common/dto/person-fields';
import { trim, trimUpper } from '../../common/dto/trim';

export class PairMemberDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ description: 'shown to trainers and admins only', nullable: true, type: String })
  email!: string | null;
  @ApiProperty({ nullable: true, type: String }) position!: string | null;
  @ApiProperty({ enum: ['political', 'technical'] }) kind!: ParticipantKind;
}

export class PairDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) cohortId!: string;
  @ApiProperty({ format: 'uuid' }) territoryId!: string;
  @ApiProperty() territoryName!: string;
  @ApiProperty({ enum: PAIR_STATUSES }) status!: PairStatus;
  @ApiProperty({ nullable: true, type: Number, description: 'place in the waitlist' })
  waitlistRank!: number | null;
  @ApiProperty({ type: PairMemberDto }) political!: PairMemberDto;
  @ApiProperty({ type: PairMemberDto }) technical!: PairMemberDto;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class EnrolPairDto {
  @ApiProperty({ format: 'uuid', description: 'the elected official' })
  @IsUUID()
  politicalId!: string;

  @ApiProperty({ format: 'uuid', description: 'the civil servant' })
  @IsUUID()
  technicalId!: string;
}

export class ApplicantDto {
  @DisplayNameField()
  displayName!: string;

  @EmailField('camille.martin@commune.fr')
  email!: string;

  @ApiPropertyOptional({ example: 'Adjointe à l’urbanisme' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(160)
  position?: string;

  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;
}

export class ApplicantTerritoryDto {
  @ApiProperty({ example: 'Grenoble' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(160)
  name!: string;

  @ApiProperty({ example: 'FR' })
  @Transform(trimUpper)
  @IsISO31661Alpha2()
  country!: string;

  @ApiProperty({ enum: TERRITORY_LEVELS })
  @IsIn(TERRITORY_LEVELS)
  level!: TerritoryLevel;
}

/** A pair applying from the public course page, with both members' details. */
export class PairApplicationDto {
  @ApiProperty({ type: ApplicantTerritoryDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ApplicantTerritoryDto)
  territory!: ApplicantTerritoryDto;

  @ApiProperty({ type: ApplicantDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ApplicantDto)
  political!: ApplicantDto;

  @ApiProperty({ type: ApplicantDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ApplicantDto)
  technical!: ApplicantDto;
}

/** Identical for every well-formed application, so that it reveals nothing about accounts. */
export class ApplicationReceiptDto {
  @ApiProperty({ enum: ['received'] }) status!: 'received';
  @ApiProperty() message!: string;
}

export class ImportReportDto {
  @ApiProperty() dryRun!: boolean;
  @ApiProperty({ enum: ['utf-8', 'windows-1252'] }) encoding!: string;
  @ApiProperty() pairs!: number;
  @ApiProperty({ description: 'pairs enrolled (or that would be)' }) enrolled!: number;
  @ApiProperty({ description: 'pairs waitlisted (or that would be)' }) waitlisted!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'string' } },
    description: '"line N: field" → messages; empty when valid',
    example: { 'line 3: political_email': ['must be an email address'] },
  })
  errors!: Record<string, string[]>;
}
