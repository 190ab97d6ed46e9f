import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, ValidateNested } from 'class-validator';
import { AssessmentCriterionEntity, PHASES, Phase } from '@apprenance/db';
import { ReviewCriterionInputDto } from '../../courses/dto/review-criteria.dto';

/** A phase's whole rubric, in order: it replaces that phase's criteria. */
export class ReplaceAssessmentCriteriaDto {
  @ApiProperty({ enum: PHASES })
  @IsIn(PHASES)
  phase!: Phase;

  @ApiProperty({ type: [ReviewCriterionInputDto], description: 'labels in French and English' })
  @IsArray()
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => ReviewCriterionInputDto)
  criteria!: ReviewCriterionInputDto[];
}

export class AssessmentCriterionDto extends ReviewCriterionInputDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: PHASES }) phase!: Phase;
  @ApiProperty({ description: '1-based, within the phase' }) position!: number;
}

export function toAssessmentCriterionDto(row: AssessmentCriterionEntity): AssessmentCriterionDto {
  const { id, phase, position, labelFr, labelEn } = row;
  return { id, phase, position, labelFr, labelEn };
}
