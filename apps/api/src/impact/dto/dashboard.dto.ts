import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { COURSE_FORMATS, CourseFormat } from '@apprenance/db';

/** The dashboard's charts, each downloadable as CSV. */
export const IMPACT_CHARTS = [
  'adoption',
  'civic-techs',
  'conviction',
  'attendance',
  'certificates',
] as const;
export type ImpactChart = (typeof IMPACT_CHARTS)[number];

export class DashboardQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  courseId?: string;

  @ApiPropertyOptional({ enum: COURSE_FORMATS })
  @IsOptional()
  @IsIn(COURSE_FORMATS)
  format?: CourseFormat;
}

export class ChartPathDto {
  @ApiProperty({ enum: IMPACT_CHARTS })
  @IsIn(IMPACT_CHARTS)
  chart!: ImpactChart;
}

export class PublicChartPathDto extends ChartPathDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  courseId!: string;
}

export class CoursePathDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  courseId!: string;
}

/** Shares of the strategy statuses, in percent of the pairs followed up (null: suppressed). */
export class StatusSharesDto {
  @ApiProperty({ nullable: true, type: Number }) adopted!: number | null;
  @ApiProperty({ nullable: true, type: Number }) inProgress!: number | null;
  @ApiProperty({ nullable: true, type: Number }) aboutToBeAdopted!: number | null;
  @ApiProperty({ nullable: true, type: Number }) unclear!: number | null;
  @ApiProperty({ nullable: true, type: Number }) abandoned!: number | null;
  @ApiProperty({ nullable: true, type: Number }) fundingSecured!: number | null;
}

export class AdoptionRowDto extends StatusSharesDto {
  @ApiProperty({ format: 'uuid' }) courseId!: string;
  @ApiProperty() courseTitleFr!: string;
  @ApiProperty() courseTitleEn!: string;
  @ApiProperty({ enum: COURSE_FORMATS }) format!: CourseFormat;
  @ApiProperty({ enum: [3, 6, 12] }) milestone!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'pairs followed up (null: withheld)' })
  pairs!: number | null;
  @ApiProperty({ description: 'fewer than 3 pairs: shares withheld in the public view' })
  suppressed!: boolean;
}

export class CivicTechUseDto {
  @ApiProperty({ format: 'uuid' }) civicTechId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'pairs that tested it in phase 2' }) tested!: number;
  @ApiProperty({ description: 'pairs that deployed it after the training' }) deployed!: number;
}

export class ConvictionShiftDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'null in public' })
  cohortId!: string | null;
  @ApiProperty({ description: 'the cohort name; its start month in the public view' })
  cohortLabel!: string;
  @ApiProperty() respondentsBefore!: number;
  @ApiProperty() respondentsAfter!: number;
  @ApiProperty({ nullable: true, type: Number }) collectiveIntelligenceBefore!: number | null;
  @ApiProperty({ nullable: true, type: Number }) collectiveIntelligenceAfter!: number | null;
  @ApiProperty({ nullable: true, type: Number }) freeSoftwareBefore!: number | null;
  @ApiProperty({ nullable: true, type: Number }) freeSoftwareAfter!: number | null;
  @ApiProperty({ nullable: true, type: Number }) civicTechBefore!: number | null;
  @ApiProperty({ nullable: true, type: Number }) civicTechAfter!: number | null;
}

export class PhaseAttendanceDto {
  @ApiProperty() phase!: string;
  @ApiProperty({ description: 'participant-days marked present' }) present!: number;
  @ApiProperty({ description: 'participant-days recorded' }) recorded!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'percent present' })
  rate!: number | null;
}

export class CertificatesMonthDto {
  @ApiProperty({ example: '2026-04', description: 'month of issue, in the cohort’s time zone' })
  month!: string;
  @ApiProperty({ description: 'certificates issued that month and still valid' })
  issued!: number;
}

export class DashboardDto {
  @ApiProperty({ type: StatusSharesDto, description: 'URBACT action plans, seed 004' })
  baseline!: StatusSharesDto;
  @ApiProperty({ type: [AdoptionRowDto] }) adoption!: AdoptionRowDto[];
  @ApiProperty({ type: [CivicTechUseDto] }) civicTechs!: CivicTechUseDto[];
  @ApiProperty({ type: [ConvictionShiftDto] }) conviction!: ConvictionShiftDto[];
  @ApiProperty({ type: [PhaseAttendanceDto] }) attendance!: PhaseAttendanceDto[];
  @ApiProperty({ type: [CertificatesMonthDto] }) certificates!: CertificatesMonthDto[];
}

export class PublicImpactCourseDto {
  @ApiProperty({ format: 'uuid' }) courseId!: string;
  @ApiProperty() titleFr!: string;
  @ApiProperty() titleEn!: string;
  @ApiProperty({ enum: COURSE_FORMATS }) format!: CourseFormat;
}

export class PublicationDto {
  @ApiProperty({ description: 'whether the anonymised dashboard of the course is public' })
  @IsBoolean()
  public!: boolean;
}

export class PublishedCoursesQueryDto {
  @ApiPropertyOptional({ enum: COURSE_FORMATS, description: 'only the courses of this format' })
  @IsOptional()
  @IsIn(COURSE_FORMATS)
  format?: CourseFormat;
}
