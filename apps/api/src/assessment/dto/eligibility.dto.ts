import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PHASES, Phase } from '@apprenance/db';
import type { EligibilityReason } from '../eligibility.service';

const REASON_CODES = ['attendance_below_minimum', 'prototype_not_accepted', 'phase_not_acquired'];

/** Why a participant is not eligible; the fields present depend on `code`. */
export class EligibilityReasonDto {
  @ApiProperty({ enum: REASON_CODES }) code!: EligibilityReason['code'];
  @ApiPropertyOptional({
    enum: PHASES,
    description: 'attendance_below_minimum, phase_not_acquired',
  })
  phase?: Phase;
  @ApiPropertyOptional({ description: 'attendance_below_minimum: the rate, 0–100, 0.1 precision' })
  ratePercent?: number;
  @ApiPropertyOptional({ description: "attendance_below_minimum: the course's minimum" })
  minimumPercent?: number;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: "prototype_not_accepted: the prototype's status, null without a prototype",
  })
  prototypeStatus?: string | null;
  @ApiPropertyOptional({
    nullable: true,
    enum: ['not_yet'],
    description: 'phase_not_acquired: not_yet, or null when not assessed',
  })
  status?: 'not_yet' | null;
}

export class ParticipantEligibilityDto {
  @ApiProperty({ format: 'uuid' }) participantId!: string;
  @ApiProperty({ format: 'uuid' }) pairId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty() eligible!: boolean;
  @ApiProperty({ type: [EligibilityReasonDto] }) reasons!: EligibilityReasonDto[];
}
