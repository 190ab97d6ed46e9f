import { Optional } from '../../common/dto/optional';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { CohortItemsQueryDto } from '../../common/list/cohort-items-query.dto';
import { trim } from '../../common/dto/trim';

export class AllocateReviewsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  cohortId!: string;

  @ApiPropertyOptional({ minimum: 1, default: 2, description: 'capped at the pairs − 1' })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(9)
  reviewsPerPair?: number;

  @ApiPropertyOptional({ default: false, description: 'authors see who reviewed them' })
  @Optional()
  @IsBoolean()
  showReviewerNames?: boolean;
}

export class ScoreInputDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  criterionId!: string;

  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  score!: number;
}

export class SubmitReviewDto {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(8000)
  strengths!: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(8000)
  questions!: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(8000)
  suggestions!: string;

  @ApiProperty({ type: [ScoreInputDto] })
  @IsArray()
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => ScoreInputDto)
  scores!: ScoreInputDto[];
}

export class SwapReviewerDto {
  @ApiProperty({ format: 'uuid', description: 'the pair that reviews instead' })
  @IsUUID()
  reviewerPairId!: string;
}

export class CriterionScoreDto {
  @ApiProperty({ format: 'uuid' }) criterionId!: string;
  @ApiProperty() labelFr!: string;
  @ApiProperty() labelEn!: string;
  @ApiProperty({ minimum: 1, maximum: 5 }) score!: number;
}

export class PeerReviewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) cohortId!: string;
  @ApiProperty({ format: 'uuid' }) prototypeId!: string;
  @ApiProperty({ format: 'uuid' }) authorPairId!: string;
  @ApiProperty() authorPairLabel!: string;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: "null for the authors when the cohort hides reviewers' names",
  })
  reviewerPairId!: string | null;
  @ApiProperty({ nullable: true, type: String }) reviewerPairLabel!: string | null;
  @ApiProperty({ nullable: true, type: String }) writerName!: string | null;
  @ApiProperty() versionNumber!: number;
  @ApiProperty({ nullable: true, type: String }) strengths!: string | null;
  @ApiProperty({ nullable: true, type: String }) questions!: string | null;
  @ApiProperty({ nullable: true, type: String }) suggestions!: string | null;
  @ApiProperty({ type: [CriterionScoreDto], nullable: true }) scores!: CriterionScoreDto[] | null;
  @ApiProperty({ nullable: true, type: Date }) submittedAt!: Date | null;
  @ApiProperty() createdAt!: Date;
}

export class PeerReviewListQueryDto extends CohortItemsQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  prototypeId?: string;

  @ApiPropertyOptional({
    enum: ['given', 'received'],
    description: "a participant's reviews to write, or those of their prototype",
  })
  @IsOptional()
  @IsIn(['given', 'received'])
  side?: 'given' | 'received';
}

export class ReviewSummaryQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  cohortId!: string;
}

export class CriterionSpreadDto {
  @ApiProperty({ format: 'uuid' }) criterionId!: string;
  @ApiProperty() labelFr!: string;
  @ApiProperty() labelEn!: string;
  @ApiProperty() count!: number;
  @ApiProperty() min!: number;
  @ApiProperty() max!: number;
  @ApiProperty({ description: 'two decimals' }) mean!: number;
}

export class PendingReviewDto {
  @ApiProperty({ format: 'uuid' }) reviewId!: string;
  @ApiProperty({ format: 'uuid' }) reviewerPairId!: string;
  @ApiProperty() reviewerPairLabel!: string;
}

/** Per prototype: the spread of its scores and who has not reviewed it yet. */
export class PrototypeReviewSummaryDto {
  @ApiProperty({ format: 'uuid', description: 'the prototype' }) id!: string;
  @ApiProperty({ format: 'uuid' }) authorPairId!: string;
  @ApiProperty() authorPairLabel!: string;
  @ApiProperty() allocated!: number;
  @ApiProperty() submitted!: number;
  @ApiProperty({ type: [CriterionSpreadDto] }) criteria!: CriterionSpreadDto[];
  @ApiProperty({ type: [PendingReviewDto] }) pending!: PendingReviewDto[];
}
