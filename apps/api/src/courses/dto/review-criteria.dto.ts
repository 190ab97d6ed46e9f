import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { CourseReviewCriterionEntity } from '@apprenance/db';
import { trim } from '../../common/dto/trim';

export class ReviewCriterionInputDto {
  @ApiProperty({ example: 'Clarté du problème' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  labelFr!: string;

  @ApiProperty({ example: 'Clarity of the problem' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  labelEn!: string;
}

/** The whole rubric, in order: it replaces the course's criteria. */
export class ReplaceReviewCriteriaDto {
  @ApiProperty({ type: [ReviewCriterionInputDto] })
  @IsArray()
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => ReviewCriterionInputDto)
  criteria!: ReviewCriterionInputDto[];
}

export class ReviewCriterionDto extends ReviewCriterionInputDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() position!: number;
}

export function toReviewCriterionDto(criterion: CourseReviewCriterionEntity): ReviewCriterionDto {
  const { id, position, labelFr, labelEn } = criterion;
  return { id, position, labelFr, labelEn };
}
