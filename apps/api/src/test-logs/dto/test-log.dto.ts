import { Optional } from '../../common/dto/optional';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { CivicTechTestEntity, WOULD_USE, WouldUse } from '@apprenance/db';
import { CohortItemsQueryDto } from '../../common/list/cohort-items-query.dto';
import { trim } from '../../common/dto/trim';

export class TestLogDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) cohortId!: string;
  @ApiProperty({ format: 'uuid' }) pairId!: string;
  @ApiProperty({ format: 'uuid' }) civicTechId!: string;
  @ApiProperty() useCase!: string;
  @ApiProperty({ minimum: 1, maximum: 5 }) fit!: number;
  @ApiProperty() strengths!: string;
  @ApiProperty() limits!: string;
  @ApiProperty({ enum: WOULD_USE }) wouldUse!: WouldUse;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) authorId!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export function toTestLogDto(log: CivicTechTestEntity): TestLogDto {
  const { id, cohortId, pairId, civicTechId, useCase, fit, strengths, limits, wouldUse } = log;
  const { authorId, createdAt, updatedAt } = log;
  return {
    id,
    cohortId,
    pairId,
    civicTechId,
    useCase,
    fit,
    strengths,
    limits,
    wouldUse,
    authorId,
    createdAt,
    updatedAt,
  };
}

export class CreateTestLogDto {
  @ApiProperty({ format: 'uuid', description: "the cohort; the caller's pair in it records" })
  @IsUUID()
  cohortId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  civicTechId!: string;

  @ApiProperty({ example: 'Map the benches the inhabitants ask for' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  useCase!: string;

  @ApiProperty({ minimum: 1, maximum: 5, description: 'fit to the territory' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5)
  fit!: number;

  @ApiPropertyOptional()
  @Optional()
  @Transform(trim)
  @IsString()
  @MaxLength(4000)
  strengths?: string;

  @ApiPropertyOptional()
  @Optional()
  @Transform(trim)
  @IsString()
  @MaxLength(4000)
  limits?: string;

  @ApiProperty({ enum: WOULD_USE })
  @IsIn(WOULD_USE)
  wouldUse!: WouldUse;
}

export class UpdateTestLogDto extends PartialType(OmitType(CreateTestLogDto, ['cohortId']), {
  skipNullProperties: false,
}) {}

export class TestLogListQueryDto extends CohortItemsQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  pairId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  civicTechId?: string;
}

export class TestLogAggregateQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: "one cohort's tests" })
  @IsOptional()
  @IsUUID()
  cohortId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "one tool's tests across all cohorts" })
  @IsOptional()
  @IsUUID()
  civicTechId?: string;
}

export class WouldUseCountsDto {
  @ApiProperty() yes!: number;
  @ApiProperty() no!: number;
  @ApiProperty() maybe!: number;
}

/** What the tests of one tool say: how many pairs tried it, how well it fits, who would use it. */
export class TestLogAggregateDto {
  @ApiProperty({ format: 'uuid', description: 'the civic-tech' }) id!: string;
  @ApiProperty({ description: 'pairs that tested it' }) pairs!: number;
  @ApiProperty({ description: 'tests recorded' }) tests!: number;
  @ApiProperty({ description: 'mean fit, 1–5, two decimals' }) meanFit!: number;
  @ApiProperty({ type: WouldUseCountsDto }) wouldUse!: WouldUseCountsDto;
}
