import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import {
  FOLLOW_UP_MILESTONES,
  FollowUpMilestone,
  STRATEGY_STATUSES,
  StrategyStatus,
} from '@apprenance/db';
import { Optional } from '../../common/dto/optional';
import { trim } from '../../common/dto/trim';
import { ListQueryDto } from '../../common/list/list-query.dto';

export const FOLLOW_UP_STATES = ['upcoming', 'due', 'overdue', 'recorded'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

export class FollowUpPathDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  pairId!: string;

  @ApiProperty({ enum: FOLLOW_UP_MILESTONES, description: 'months after the cohort ended' })
  @Type(() => Number)
  @IsIn(FOLLOW_UP_MILESTONES)
  milestone!: FollowUpMilestone;
}

/** What a pair (or its trainer) records; recording the same milestone again replaces it. */
export class RecordFollowUpDto {
  @ApiProperty({ enum: STRATEGY_STATUSES })
  @IsIn(STRATEGY_STATUSES)
  status!: StrategyStatus;

  @ApiProperty()
  @IsBoolean()
  fundingSecured!: boolean;

  @ApiPropertyOptional({ nullable: true, minimum: 0, description: 'in euros' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(999_999_999_999)
  fundingAmount?: number | null;

  @ApiPropertyOptional({ nullable: true, maxLength: 300 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(300)
  fundingSource?: string | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'catalogue tools deployed' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  civicTechIds?: string[];

  @ApiPropertyOptional({ maxLength: 8000 })
  @Optional()
  @Transform(trim)
  @IsString()
  @MaxLength(8000)
  whatChanged?: string;

  @ApiPropertyOptional({ nullable: true, description: 'a public document (http or https)' })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(500)
  documentUrl?: string | null;
}

export class FollowUpListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  cohortId?: string;

  @ApiPropertyOptional({ enum: FOLLOW_UP_STATES })
  @IsOptional()
  @IsIn(FOLLOW_UP_STATES)
  state?: FollowUpState;
}

export class FollowUpRecordDto {
  @ApiProperty({ enum: STRATEGY_STATUSES }) status!: StrategyStatus;
  @ApiProperty() fundingSecured!: boolean;
  @ApiProperty({ nullable: true, type: Number }) fundingAmount!: number | null;
  @ApiProperty({ nullable: true, type: String }) fundingSource!: string | null;
  @ApiProperty({ type: [String] }) civicTechIds!: string[];
  @ApiProperty() whatChanged!: string;
  @ApiProperty({ nullable: true, type: String }) documentUrl!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) recordedBy!: string | null;
  @ApiProperty() updatedAt!: Date;
}

/** One pair's follow-up at one milestone: when it is due, and what was recorded, if anything. */
export class FollowUpSlotDto {
  @ApiProperty({ description: '`<pairId>:<milestone>`' }) id!: string;
  @ApiProperty({ format: 'uuid' }) pairId!: string;
  @ApiProperty({ description: "the pair's territory" }) pairLabel!: string;
  @ApiProperty({ format: 'uuid' }) cohortId!: string;
  @ApiProperty() cohortName!: string;
  @ApiProperty({ enum: FOLLOW_UP_MILESTONES }) milestone!: number;
  @ApiProperty({ type: String, format: 'date-time' }) dueAt!: string;
  @ApiProperty({ enum: FOLLOW_UP_STATES }) state!: FollowUpState;
  @ApiProperty({ nullable: true, type: FollowUpRecordDto }) record!: FollowUpRecordDto | null;
}
