import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import type { AuditLogEntity } from '@apprenance/db';
import { ListQueryDto } from '../../common/list/list-query.dto';
import { toArray } from '../../common/list/to-array';

export class AuditListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ type: [String], description: 'fetch these ids (repeat the parameter)' })
  @IsOptional()
  @Transform(toArray)
  @Matches(/^\d+$/, { each: true })
  id?: string[];

  @ApiPropertyOptional({ example: 'user' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  entityType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ example: 'user.create' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  action?: string;
}

export class AuditEntryDto {
  @ApiProperty() id!: string;
  @ApiProperty() occurredAt!: Date;
  @ApiProperty({ nullable: true, type: String }) actorId!: string | null;
  @ApiProperty({ example: 'user.update' }) action!: string;
  @ApiProperty({ example: 'user' }) entityType!: string;
  @ApiProperty() entityId!: string;
  @ApiProperty({ nullable: true, type: Object, description: '{ field: [before, after] }' })
  changes!: object | null;
  @ApiProperty({ nullable: true, type: String }) requestId!: string | null;
}

export function toAuditEntryDto(row: AuditLogEntity): AuditEntryDto {
  const { id, occurredAt, actorId, action, entityType, entityId, changes, requestId } = row;
  return { id, occurredAt, actorId, action, entityType, entityId, changes, requestId };
}
