import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { LOCALES, Locale, PARTICIPANT_KINDS, ParticipantKind, ROLES, Role } from '@apprenance/db';
import { SearchableListQueryDto } from '../../common/list/list-query.dto';
import { UuidIdsFilter } from '../../common/list/to-array';
import { DisplayNameField, EmailField } from '../../common/dto/person-fields';
import { trim } from '../../common/dto/trim';
import { PasswordField } from '../../common/auth/password-policy';
import { Optional } from '../../common/dto/optional';

export class CreateUserDto {
  @EmailField('maire@commune.fr')
  email!: string;

  @DisplayNameField()
  displayName!: string;

  @ApiPropertyOptional({ enum: LOCALES, default: 'fr' })
  @Optional()
  @IsIn(LOCALES)
  locale?: Locale;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  /** Without one, the person is mailed an invitation to choose theirs. */
  @PasswordField({ required: false, description: 'leave out to mail an invitation instead' })
  password?: string;

  @ApiPropertyOptional({ default: true })
  @Optional()
  @IsBoolean()
  isActive?: boolean;

  @ApiPropertyOptional({ enum: PARTICIPANT_KINDS, description: 'participants only' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsIn(PARTICIPANT_KINDS)
  kind?: ParticipantKind | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'participants only',
  })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsUUID()
  territoryId?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'Adjointe à l’urbanisme',
    description: 'participants only',
  })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @Transform(trim)
  @IsString()
  @MaxLength(160)
  position?: string | null;
}

export class UpdateUserDto extends PartialType(CreateUserDto, { skipNullProperties: false }) {}

export class UserListQueryDto extends SearchableListQueryDto {
  @UuidIdsFilter()
  id?: string[];

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  territoryId?: string;

  @ApiPropertyOptional({ enum: PARTICIPANT_KINDS })
  @IsOptional()
  @IsIn(PARTICIPANT_KINDS)
  kind?: ParticipantKind;
}
