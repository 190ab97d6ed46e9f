import { ApiProperty } from '@nestjs/swagger';
import { LOCALES, Locale, PARTICIPANT_KINDS, ParticipantKind, ROLES, Role } from '@apprenance/db';
import { pick } from '../../common/pick';
import type { ShownUser } from '../users.repository';

/** A user as the API shows it: never the password hash. */
export class UserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: LOCALES }) locale!: Locale;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty() isActive!: boolean;
  @ApiProperty({ enum: PARTICIPANT_KINDS, nullable: true }) kind!: ParticipantKind | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) territoryId!: string | null;
  @ApiProperty({ nullable: true, type: String }) position!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

/** A user's fields that the API shows and the audit log records (never the password hash). */
export const USER_FIELDS = [
  'email',
  'displayName',
  'locale',
  'role',
  'isActive',
  'kind',
  'territoryId',
  'position',
] as const;

export function toUserDto(user: ShownUser): UserDto {
  const { id, createdAt, updatedAt } = user;
  return { id, ...pick(user, USER_FIELDS), createdAt, updatedAt };
}
