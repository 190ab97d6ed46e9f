import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ATTENDANCE_STATUSES, AttendanceStatus, PHASES, Phase } from '@apprenance/db';

export class AttendanceEntryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  participantId!: string;

  @ApiProperty({ minimum: 1, maximum: 5, description: '1-based day of the session' })
  @IsInt()
  @Min(1)
  @Max(5)
  dayIndex!: number;

  @ApiProperty({ enum: ATTENDANCE_STATUSES })
  @IsIn(ATTENDANCE_STATUSES)
  status!: AttendanceStatus;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

/** Every entry of one session in one request; entries replace earlier ones for the same day. */
export class BulkAttendanceDto {
  @ApiProperty({ type: [AttendanceEntryDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryDto)
  entries!: AttendanceEntryDto[];
}

export class AttendanceDto {
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty({ enum: PHASES }) phase!: Phase;
  @ApiProperty({ format: 'uuid' }) participantId!: string;
  @ApiProperty() dayIndex!: number;
  @ApiProperty({ enum: ATTENDANCE_STATUSES }) status!: AttendanceStatus;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty() recordedAt!: Date;
}

export class PhaseRateDto {
  @ApiProperty({ enum: PHASES }) phase!: Phase;
  @ApiProperty() days!: number;
  @ApiProperty() present!: number;
  @ApiProperty() absent!: number;
  @ApiProperty() excused!: number;
  @ApiProperty({ description: 'present ÷ days, 0–1' }) rate!: number;
}

export class ParticipantRatesDto {
  @ApiProperty({ format: 'uuid' }) participantId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ type: [PhaseRateDto] }) phases!: PhaseRateDto[];
}

export class CalendarLinkDto {
  @ApiProperty({ description: 'secret URL of the iCalendar feed; shown once' }) url!: string;
}
