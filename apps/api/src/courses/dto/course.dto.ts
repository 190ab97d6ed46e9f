import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  COURSE_FORMATS,
  COURSE_STATUSES,
  CourseEntity,
  CourseFormat,
  CoursePhaseEntity,
  CourseStatus,
  PHASES,
  Phase,
} from '@apprenance/db';
import { IsSpdxLicence, toCanonicalSpdx } from '../../common/licences/spdx';
import { SearchableListQueryDto } from '../../common/list/list-query.dto';
import { UuidIdsFilter } from '../../common/list/to-array';
import { Optional } from '../../common/dto/optional';
import { trim } from '../../common/dto/trim';
import { pick } from '../../common/pick';
import { COURSE_FIELDS, PHASE_FIELDS } from './course-fields';

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const LONG_TEXT = 50_000;

export class CoursePhaseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: PHASES }) phase!: Phase;
  @ApiProperty({ minimum: 1, maximum: 3 }) position!: number;
  @ApiProperty({ description: 'learning objectives (Markdown)' }) objectivesFr!: string;
  @ApiProperty({ description: 'learning objectives (Markdown)' }) objectivesEn!: string;
  @ApiProperty({ example: 3.5 }) hoursBudget!: number;
  @ApiProperty({ example: 0.5 }) daysBudget!: number;
}

export class CourseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'urbanisme-ouvert-court' }) slug!: string;
  @ApiProperty() titleFr!: string;
  @ApiProperty() titleEn!: string;
  @ApiProperty() summaryFr!: string;
  @ApiProperty() summaryEn!: string;
  @ApiProperty({ description: 'Markdown' }) descriptionFr!: string;
  @ApiProperty({ description: 'Markdown' }) descriptionEn!: string;
  @ApiProperty({ enum: COURSE_FORMATS, description: 'short: three half-days; deep: 3 × 3 days' })
  format!: CourseFormat;
  @ApiProperty({ enum: COURSE_STATUSES }) status!: CourseStatus;
  @ApiProperty({ example: 'CC-BY-SA-4.0', description: 'SPDX id of the content licence' })
  licence!: string;
  @ApiProperty({ minimum: 0, maximum: 100, description: 'certificate: attendance per phase, %' })
  minAttendancePercent!: number;
  @ApiProperty({ description: 'certificate: the pair’s prototype must be accepted' })
  requireAcceptedPrototype!: boolean;
  @ApiProperty({ type: [CoursePhaseDto], description: 'always the three phases, in order' })
  phases!: CoursePhaseDto[];
  @ApiProperty({ type: [String], format: 'uuid' }) trainerIds!: string[];
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

/** A phase as every view shows it, without its id (the public and the audit trail omit it). */
export function toPhaseFields(phase: CoursePhaseEntity): Omit<CoursePhaseDto, 'id'> {
  return {
    ...pick(phase, PHASE_FIELDS),
    hoursBudget: Number(phase.hoursBudget),
    daysBudget: Number(phase.daysBudget),
  };
}

export function toPhaseDto(phase: CoursePhaseEntity): CoursePhaseDto {
  return { id: phase.id, ...toPhaseFields(phase) };
}

export function toCourseDto(
  course: CourseEntity,
  phases: CoursePhaseEntity[],
  trainerIds: string[],
): CourseDto {
  return {
    id: course.id,
    ...pick(course, COURSE_FIELDS),
    phases: [...phases].sort((a, b) => a.position - b.position).map(toPhaseDto),
    trainerIds: [...trainerIds].sort(),
    createdAt: course.createdAt,
    updatedAt: course.updatedAt,
  };
}

export class CoursePhaseInputDto {
  @ApiProperty({ enum: PHASES })
  @IsIn(PHASES)
  phase!: Phase;

  @ApiPropertyOptional({ description: 'learning objectives (Markdown)' })
  @Optional()
  @IsString()
  @MaxLength(LONG_TEXT)
  objectivesFr?: string;

  @ApiPropertyOptional({ description: 'learning objectives (Markdown)' })
  @Optional()
  @IsString()
  @MaxLength(LONG_TEXT)
  objectivesEn?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 9999, default: 0 })
  @Optional()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(9999)
  hoursBudget?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 999, description: 'default: 0.5 (short), 3 (deep)' })
  @Optional()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(999)
  daysBudget?: number;
}

export class CreateCourseDto {
  @ApiPropertyOptional({ example: 'urbanisme-ouvert-court', description: 'default: from titleFr' })
  @Optional()
  @Transform(trim)
  @Matches(SLUG, { message: 'slug must be lower-case words joined by hyphens' })
  @MaxLength(120)
  slug?: string;

  @ApiProperty({ example: 'Urbanisme ouvert — format court' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  titleFr!: string;

  @ApiProperty({ example: 'Open urbanism — short format' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  titleEn!: string;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(2000)
  summaryFr?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(2000)
  summaryEn?: string;

  @ApiPropertyOptional({ description: 'Markdown' })
  @Optional()
  @IsString()
  @MaxLength(LONG_TEXT)
  descriptionFr?: string;

  @ApiPropertyOptional({ description: 'Markdown' })
  @Optional()
  @IsString()
  @MaxLength(LONG_TEXT)
  descriptionEn?: string;

  @ApiProperty({ enum: COURSE_FORMATS })
  @IsIn(COURSE_FORMATS)
  format!: CourseFormat;

  @ApiProperty({
    type: [CoursePhaseInputDto],
    description: 'exactly free_software_culture, civic_tech_testing, strategic_application',
  })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => CoursePhaseInputDto)
  phases!: CoursePhaseInputDto[];

  @ApiPropertyOptional({ example: 'CC-BY-SA-4.0', default: 'CC-BY-SA-4.0' })
  @Optional()
  @Transform(toCanonicalSpdx)
  @IsSpdxLicence()
  licence?: string;

  @ApiPropertyOptional({ enum: COURSE_STATUSES, default: 'draft' })
  @Optional()
  @IsIn(COURSE_STATUSES)
  status?: CourseStatus;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, default: 80 })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(100)
  minAttendancePercent?: number;

  @ApiPropertyOptional({ default: true })
  @Optional()
  @IsBoolean()
  requireAcceptedPrototype?: boolean;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'trainers who may edit' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  trainerIds?: string[];
}

/** Every field optional but never null; `phases`, when sent, is still the full list of three. */
export class UpdateCourseDto extends PartialType(CreateCourseDto, {
  skipNullProperties: false,
}) {}

export class CourseListQueryDto extends SearchableListQueryDto {
  @UuidIdsFilter()
  id?: string[];

  @ApiPropertyOptional({ enum: COURSE_STATUSES })
  @IsOptional()
  @IsIn(COURSE_STATUSES)
  status?: CourseStatus;

  @ApiPropertyOptional({ enum: COURSE_FORMATS })
  @IsOptional()
  @IsIn(COURSE_FORMATS)
  format?: CourseFormat;

  @ApiPropertyOptional({ format: 'uuid', description: 'courses this trainer is assigned to' })
  @IsOptional()
  @IsUUID()
  trainerId?: string;
}

/** The admin-only fields of a course; trainers change content, not policy. */
export const ADMIN_ONLY_COURSE_FIELDS = [
  'slug',
  'format',
  'status',
  'licence',
  'minAttendancePercent',
  'requireAcceptedPrototype',
  'trainerIds',
] as const;
