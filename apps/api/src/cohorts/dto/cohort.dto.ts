import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { COHORT_STATUSES, CohortEntity, CohortStatus, LOCALES, Locale } from '@apprenance/db';
import { SearchableListQueryDto } from '../../common/list/list-query.dto';
import { UuidIdsFilter } from '../../common/list/to-array';
import { trim } from '../../common/dto/trim';
import { Optional } from '../../common/dto/optional';
import { pick } from '../../common/pick';

export class CohortDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) courseId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: LOCALES }) language!: Locale;
  @ApiProperty({ nullable: true, type: String }) venue!: string | null;
  @ApiProperty() online!: boolean;
  @ApiProperty({ nullable: true, type: String }) onlineUrl!: string | null;
  @ApiProperty({ example: 'Europe/Paris' }) timeZone!: string;
  @ApiProperty({ minimum: 5, maximum: 10 }) capacity!: number;
  @ApiProperty({ description: 'seats taken by enrolled pairs' }) enrolledSeats!: number;
  @ApiProperty({ enum: COHORT_STATUSES }) status!: CohortStatus;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) startsOn!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) endsOn!: string | null;
  @ApiProperty({ type: [String] }) trainerIds!: string[];
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

/** A cohort's own fields: what its mapper shows and its audit log records. */
export const COHORT_FIELDS = [
  'name',
  'language',
  'venue',
  'online',
  'onlineUrl',
  'timeZone',
  'capacity',
  'status',
  'startsOn',
  'endsOn',
] as const;

export function toCohortDto(cohort: CohortEntity, trainerIds: string[]): CohortDto {
  const { id, courseId, enrolledSeats, createdAt, updatedAt } = cohort;
  return {
    id,
    courseId,
    ...pick(cohort, COHORT_FIELDS),
    enrolledSeats,
    trainerIds,
    createdAt,
    updatedAt,
  };
}

export class CreateCohortDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  courseId!: string;

  @ApiProperty({ example: 'Grenoble — printemps 2027' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(160)
  name!: string;

  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES)
  language!: Locale;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: 'Maison de la citoyenneté, Grenoble',
  })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @Transform(trim)
  @IsString()
  @MaxLength(300)
  venue?: string | null;

  @ApiPropertyOptional({ default: false })
  @Optional()
  @IsBoolean()
  online?: boolean;

  @ApiPropertyOptional({ nullable: true, type: String })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(500)
  onlineUrl?: string | null;

  @ApiProperty({ example: 'Europe/Paris' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  timeZone!: string;

  @ApiPropertyOptional({ minimum: 5, maximum: 10, default: 10, description: 'in participants' })
  @Optional()
  @IsInt()
  @Min(5)
  @Max(10)
  capacity?: number;

  @ApiPropertyOptional({ format: 'date', description: 'generates the sessions when set' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsISO8601({ strict: true })
  @MaxLength(10)
  startsOn?: string | null;

  @ApiPropertyOptional({ format: 'date' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsISO8601({ strict: true })
  @MaxLength(10)
  endsOn?: string | null;

  @ApiPropertyOptional({ type: [String], description: 'defaults to the creating trainer' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  trainerIds?: string[];
}

export class UpdateCohortDto extends PartialType(OmitType(CreateCohortDto, ['courseId']), {
  skipNullProperties: false,
}) {}

export class CohortStatusDto {
  @ApiProperty({ enum: COHORT_STATUSES })
  @IsIn(COHORT_STATUSES)
  status!: CohortStatus;
}

export class CohortListQueryDto extends SearchableListQueryDto {
  @UuidIdsFilter()
  id?: string[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  courseId?: string;

  @ApiPropertyOptional({ enum: COHORT_STATUSES })
  @IsOptional()
  @IsIn(COHORT_STATUSES)
  status?: CohortStatus;
}
