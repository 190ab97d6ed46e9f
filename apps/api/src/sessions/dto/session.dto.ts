import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsISO8601, IsString, IsUrl, Matches, MaxLength, ValidateIf } from 'class-validator';
import { PHASES, Phase } from '@apprenance/db';
import { trim } from '../../common/dto/trim';
import { Optional } from '../../common/dto/optional';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export class SessionDayDto {
  @ApiProperty() dayIndex!: number;
  @ApiProperty() startsAt!: Date;
  @ApiProperty() endsAt!: Date;
}

export class SessionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) cohortId!: string;
  @ApiProperty({ enum: PHASES }) phase!: Phase;
  @ApiProperty({ description: 'first day, UTC' }) startsAt!: Date;
  @ApiProperty({ description: 'first day, UTC' }) endsAt!: Date;
  @ApiProperty() dayCount!: number;
  @ApiProperty({ description: 'the cohort time zone the local fields are in' }) timeZone!: string;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ example: '09:00' }) startTime!: string;
  @ApiProperty({ example: '12:30' }) endTime!: string;
  @ApiProperty({ nullable: true, type: String }) venue!: string | null;
  @ApiProperty({ nullable: true, type: String }) onlineUrl!: string | null;
  @ApiProperty({ type: [SessionDayDto] }) days!: SessionDayDto[];
}

/** Local date and hours in the cohort's time zone. */
export class UpdateSessionDto {
  @ApiPropertyOptional({ format: 'date' })
  @Optional()
  @IsISO8601({ strict: true })
  @MaxLength(10)
  date?: string;

  @ApiPropertyOptional({ example: '09:00' })
  @Optional()
  @Matches(TIME, { message: 'startTime must be HH:mm' })
  startTime?: string;

  @ApiPropertyOptional({ example: '12:30' })
  @Optional()
  @Matches(TIME, { message: 'endTime must be HH:mm' })
  endTime?: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @Transform(trim)
  @IsString()
  @MaxLength(300)
  venue?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(500)
  onlineUrl?: string | null;
}
