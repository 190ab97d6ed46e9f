import { ApiProperty } from '@nestjs/swagger';
import { LOCALES, Locale } from '@apprenance/db';

/**
 * A cohort a visitor may apply to, as the public course page shows it: where, when and how
 * many seats are left. No trainers, no online link, nothing about its members.
 */
export class OpenCohortDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: LOCALES }) language!: Locale;
  @ApiProperty({ nullable: true, type: String, description: 'null when online only' })
  venue!: string | null;
  @ApiProperty({ description: 'whether sessions can be followed online' }) online!: boolean;
  @ApiProperty({ example: 'Europe/Paris' }) timeZone!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) startsOn!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) endsOn!: string | null;
  @ApiProperty({ description: 'participant seats not yet taken by enrolled pairs' })
  seatsLeft!: number;
}
