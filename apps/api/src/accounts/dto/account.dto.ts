import { Optional } from '../../common/dto/optional';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayUnique, IsArray, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { LOCALES, Locale, UserEntity } from '@apprenance/db';
import { OPTIONAL_CATEGORIES } from '@apprenance/domain';
import { PasswordField } from '../../common/auth/password-policy';
import { EmailField } from '../../common/dto/person-fields';

export class UseLinkDto {
  @ApiProperty({ description: 'the token of the link that was mailed' })
  @IsString()
  @MaxLength(200)
  token!: string;

  @PasswordField()
  password!: string;
}

export class PasswordResetRequestDto {
  @EmailField('maire@commune.fr')
  email!: string;
}

export class PasswordChangeDto {
  @ApiProperty({ writeOnly: true })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  currentPassword!: string;

  @PasswordField()
  newPassword!: string;
}

/** How a person wants to hear from the platform. */
export class PreferencesDto {
  @ApiProperty({ enum: LOCALES, description: 'language of the web app and of every message' })
  locale!: Locale;

  @ApiProperty({
    enum: OPTIONAL_CATEGORIES,
    isArray: true,
    description: 'categories not wanted by email (account messages are always sent)',
  })
  emailOptOut!: string[];
}

export class UpdatePreferencesDto {
  @ApiPropertyOptional({ enum: LOCALES })
  @Optional()
  @IsIn(LOCALES)
  locale?: Locale;

  @ApiPropertyOptional({ enum: OPTIONAL_CATEGORIES, isArray: true })
  @Optional()
  @IsArray()
  @ArrayUnique()
  @IsIn(OPTIONAL_CATEGORIES, { each: true })
  emailOptOut?: string[];
}

export function toPreferencesDto(user: Pick<UserEntity, 'locale' | 'emailOptOut'>): PreferencesDto {
  return { locale: user.locale, emailOptOut: user.emailOptOut };
}
