import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
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
