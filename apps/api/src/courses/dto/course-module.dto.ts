import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { CourseModuleEntity, PHASES, Phase } from '@apprenance/db';
import { SearchableListQueryDto } from '../../common/list/list-query.dto';
import { UuidIdsFilter } from '../../common/list/to-array';
import { trim } from '../../common/dto/trim';
import { pick } from '../../common/pick';
import { MODULE_FIELDS } from './course-fields';
import { Optional, OptionalPosition } from '../../common/dto/optional';

export class CourseModuleDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) courseId!: string;
  @ApiProperty({ enum: PHASES }) phase!: Phase;
  @ApiProperty({ description: '1-based order within the phase' }) position!: number;
  @ApiProperty() titleFr!: string;
  @ApiProperty() titleEn!: string;
  @ApiProperty({ description: 'Markdown' }) summaryFr!: string;
  @ApiProperty({ description: 'Markdown' }) summaryEn!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

/** A module row with the course and phase it was read with. */
export type ModuleRow = CourseModuleEntity & { courseId: string; phaseName: Phase };

export function toCourseModuleDto(module: ModuleRow): CourseModuleDto {
  return {
    id: module.id,
    courseId: module.courseId,
    phase: module.phaseName,
    ...pick(module, MODULE_FIELDS),
    createdAt: module.createdAt,
    updatedAt: module.updatedAt,
  };
}

export class CreateCourseModuleDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  courseId!: string;

  @ApiProperty({ enum: PHASES })
  @IsIn(PHASES)
  phase!: Phase;

  @ApiProperty({ example: 'Histoire et libertés du logiciel libre' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  titleFr!: string;

  @ApiProperty({ example: 'History and freedoms of free software' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  titleEn!: string;

  @ApiPropertyOptional({ description: 'Markdown' })
  @Optional()
  @IsString()
  @MaxLength(20_000)
  summaryFr?: string;

  @ApiPropertyOptional({ description: 'Markdown' })
  @Optional()
  @IsString()
  @MaxLength(20_000)
  summaryEn?: string;

  @OptionalPosition('default: after the last module of the phase')
  position?: number;
}

/** A module stays in its course and phase; its position moves the others. */
export class UpdateCourseModuleDto extends PartialType(
  OmitType(CreateCourseModuleDto, ['courseId', 'phase'] as const),
  { skipNullProperties: false },
) {}

export class CourseModuleListQueryDto extends SearchableListQueryDto {
  @UuidIdsFilter()
  id?: string[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  courseId?: string;

  @ApiPropertyOptional({ enum: PHASES })
  @IsOptional()
  @IsIn(PHASES)
  phase?: Phase;
}
