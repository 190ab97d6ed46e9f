import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import {
  COURSE_FORMATS,
  CourseFormat,
  PHASES,
  Phase,
  RESOURCE_KINDS,
  ResourceKind,
} from '@apprenance/db';
import { SearchableListQueryDto } from '../../common/list/list-query.dto';

export class PublicPhaseDto {
  @ApiProperty({ enum: PHASES }) phase!: Phase;
  @ApiProperty() position!: number;
  @ApiProperty() objectivesFr!: string;
  @ApiProperty() objectivesEn!: string;
  @ApiProperty() hoursBudget!: number;
  @ApiProperty() daysBudget!: number;
}

/** A published course as anyone may read it: no trainers, no internal state. */
export class PublicCourseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() titleFr!: string;
  @ApiProperty() titleEn!: string;
  @ApiProperty() summaryFr!: string;
  @ApiProperty() summaryEn!: string;
  @ApiProperty() descriptionFr!: string;
  @ApiProperty() descriptionEn!: string;
  @ApiProperty({ enum: COURSE_FORMATS }) format!: CourseFormat;
  @ApiProperty({ description: 'SPDX id of the content licence' }) licence!: string;
  @ApiProperty() minAttendancePercent!: number;
  @ApiProperty() requireAcceptedPrototype!: boolean;
  @ApiProperty({ type: [PublicPhaseDto] }) phases!: PublicPhaseDto[];
  @ApiProperty() updatedAt!: Date;
}

export class PublicResourceDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() position!: number;
  @ApiProperty({ enum: RESOURCE_KINDS }) kind!: ResourceKind;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty() language!: string;
  @ApiProperty({ description: 'SPDX id' }) licence!: string;
  @ApiProperty({ nullable: true, type: String }) url!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Markdown' }) body!: string | null;
  @ApiProperty({ nullable: true, type: String }) fileName!: string | null;
  @ApiProperty({ nullable: true, type: String }) contentType!: string | null;
  @ApiProperty({ nullable: true, type: Number }) sizeBytes!: number | null;
  @ApiProperty({ nullable: true, type: String }) sha256!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'where to download the file' })
  fileUrl!: string | null;
}

export class PublicModuleDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() position!: number;
  @ApiProperty() titleFr!: string;
  @ApiProperty() titleEn!: string;
  @ApiProperty() summaryFr!: string;
  @ApiProperty() summaryEn!: string;
  @ApiProperty({ type: [PublicResourceDto] }) resources!: PublicResourceDto[];
}

export class PublicPhaseDetailDto extends PublicPhaseDto {
  @ApiProperty({ type: [PublicModuleDto] }) modules!: PublicModuleDto[];
}

export class PublicCourseDetailDto extends OmitType(PublicCourseDto, ['phases'] as const) {
  @ApiProperty({ type: [PublicPhaseDetailDto] }) phases!: PublicPhaseDetailDto[];
}

export class PublicCourseListQueryDto extends SearchableListQueryDto {
  @ApiPropertyOptional({ enum: COURSE_FORMATS })
  @IsOptional()
  @IsIn(COURSE_FORMATS)
  format?: CourseFormat;
}
