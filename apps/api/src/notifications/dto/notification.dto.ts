import { Optional } from '../../common/dto/optional';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsUUID,
  Matches,
} from 'class-validator';
import {
  LOCALES,
  Locale,
  NOTIFICATION_STATUSES,
  NotificationOutboxEntity,
  NotificationStatus,
} from '@apprenance/db';
import { MESSAGE_CATEGORIES, MessageCategory } from '@apprenance/domain';
import { ListQueryDto } from '../../common/list/list-query.dto';
import { pick } from '../../common/pick';

export class InboxQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: LOCALES, default: 'fr', description: 'language of the texts' })
  @IsOptional()
  @IsIn(LOCALES)
  locale: Locale = 'fr';

  @ApiPropertyOptional({ description: 'only the unread ones' })
  @IsOptional()
  @Transform(({ value }) => value === 'true' || value === true)
  @IsBoolean()
  unread?: boolean;
}

/** A notification as its recipient reads it in the web app. */
export class InboxItemDto {
  @ApiProperty() id!: string;
  @ApiProperty() template!: string;
  @ApiProperty({ enum: MESSAGE_CATEGORIES }) category!: MessageCategory;
  @ApiProperty() subject!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ description: 'the web app route it concerns' }) link!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ nullable: true, type: Date }) readAt!: Date | null;
}

export class UnreadCountDto {
  @ApiProperty() count!: number;
}

export class MessageListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: NOTIFICATION_STATUSES })
  @IsOptional()
  @IsIn(NOTIFICATION_STATUSES)
  status?: NotificationStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  recipientId?: string;
}

/** A message's delivery, as admins follow it. */
export class MessageDto {
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'uuid' }) recipientId!: string;
  @ApiProperty() template!: string;
  @ApiProperty({ enum: NOTIFICATION_STATUSES }) status!: NotificationStatus;
  @ApiProperty() attempts!: number;
  @ApiProperty({ nullable: true, type: String }) lastError!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ nullable: true, type: Date }) sentAt!: Date | null;
}

const MESSAGE_FIELDS = [
  'id',
  'recipientId',
  'template',
  'status',
  'attempts',
  'lastError',
  'createdAt',
  'sentAt',
] as const;

export function toMessageDto(row: NotificationOutboxEntity): MessageDto {
  return pick(row, MESSAGE_FIELDS);
}

export class MarkReadDto {
  @ApiPropertyOptional({ type: [String], description: 'ids to mark; all unread when omitted' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(200)
  @Matches(/^[1-9]\d{0,17}$/, { each: true })
  ids?: string[];
}
