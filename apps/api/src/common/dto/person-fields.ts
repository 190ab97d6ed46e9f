import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { trim, trimLower } from './trim';

/** A person's email, compared in lower case; 254 characters is the longest an address can be. */
export const EmailField = (example: string) =>
  applyDecorators(ApiProperty({ example }), Transform(trimLower), IsEmail(), MaxLength(254));

/** The name a person is shown by, the same rule for accounts and pair applicants. */
export const DisplayNameField = () =>
  applyDecorators(
    ApiProperty({ example: 'Camille Martin' }),
    Transform(trim),
    IsString(),
    MinLength(1),
    MaxLength(120),
  );
