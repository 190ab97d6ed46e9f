import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PARTICIPANT_KINDS, ParticipantKind, UserEntity } from '@apprenance/db';

export class CandidateQueryDto {
  @ApiProperty({ enum: PARTICIPANT_KINDS })
  @IsIn(PARTICIPANT_KINDS)
  kind!: ParticipantKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'the other member’s territory' })
  @IsOptional()
  @IsUUID()
  territoryId?: string;

  @ApiPropertyOptional({ description: 'part of a name or an email' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

/** A participant who may join a pair of the cohort. */
export class CandidateDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: PARTICIPANT_KINDS }) kind!: ParticipantKind;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) territoryId!: string | null;
}

export const toCandidateDto = (user: UserEntity): CandidateDto => ({
  id: user.id,
  displayName: user.displayName,
  email: user.email,
  kind: user.kind as ParticipantKind,
  territoryId: user.territoryId,
});
