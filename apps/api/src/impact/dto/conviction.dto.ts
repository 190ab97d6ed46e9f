import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsUUID, Max, Min } from 'class-validator';
import { CONVICTION_MOMENTS, ConvictionMoment } from '@apprenance/db';

/** A rating of the scale: an integer from 1 (not at all) to 5 (completely). */
const Scale = (description: string) =>
  applyDecorators(
    ApiProperty({ minimum: 1, maximum: 5, description: `${description}, 1 to 5` }),
    IsInt(),
    Min(1),
    Max(5),
  );

/** The three statements, each rated 1 to 5. */
export class ConvictionScaleDto {
  @Scale('collective intelligence improves territorial projects')
  collectiveIntelligence!: number;

  @Scale('confidence with free software')
  freeSoftware!: number;

  @Scale('confidence with civic-techs')
  civicTech!: number;
}

export class ConvictionPathDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  cohortId!: string;

  @ApiProperty({ enum: CONVICTION_MOMENTS })
  @IsIn(CONVICTION_MOMENTS)
  moment!: ConvictionMoment;
}

/** One questionnaire of the caller: a cohort and a moment, its window and the answers given. */
export class ConvictionSlotDto {
  @ApiProperty({ format: 'uuid' }) cohortId!: string;
  @ApiProperty() cohortName!: string;
  @ApiProperty({ enum: CONVICTION_MOMENTS }) moment!: ConvictionMoment;
  @ApiProperty({ enum: ['not_open', 'open', 'closed'] }) state!: 'not_open' | 'open' | 'closed';
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) opensAt!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) closesAt!: string | null;
  @ApiProperty({ nullable: true, type: ConvictionScaleDto }) answers!: ConvictionScaleDto | null;
}
