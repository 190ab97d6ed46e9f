import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import {
  ASSESSMENT_STATUSES,
  AssessmentEntity,
  AssessmentStatus,
  PHASES,
  Phase,
} from '@apprenance/db';
import { trim } from '../../common/dto/trim';

export class AssessmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) cohortId!: string;
  @ApiProperty({ format: 'uuid' }) participantId!: string;
  @ApiProperty({ enum: PHASES }) phase!: Phase;
  @ApiProperty({ enum: ASSESSMENT_STATUSES }) status!: AssessmentStatus;
  @ApiProperty() comment!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) assessedBy!: string | null;
  @ApiProperty() updatedAt!: Date;
}

export function toAssessmentDto(row: AssessmentEntity): AssessmentDto {
  const { id, cohortId, participantId, phase, status, comment, assessedBy, updatedAt } = row;
  return { id, cohortId, participantId, phase, status, comment, assessedBy, updatedAt };
}

/** A trainer's status for one participant and phase; recording it again updates it. */
export class RecordAssessmentDto {
  @ApiProperty({ format: 'uuid', description: 'an enrolled participant of the cohort' })
  @IsUUID()
  participantId!: string;

  @ApiProperty({ enum: PHASES })
  @IsIn(PHASES)
  phase!: Phase;

  @ApiProperty({ enum: ASSESSMENT_STATUSES })
  @IsIn(ASSESSMENT_STATUSES)
  status!: AssessmentStatus;

  @ApiPropertyOptional({ maxLength: 2000, description: 'what was observed; empty by default' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  comment?: string;
}
