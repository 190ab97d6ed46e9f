import { Optional } from '../dto/optional';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { dictionary } from '@zxcvbn-ts/language-common';
import { IsString, ValidationOptions, registerDecorator } from 'class-validator';

/** One policy for every password a person chooses (admin form, activation, reset, change). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/**
 * The most used passwords, from the list zxcvbn-ts maintains (MIT). Compared in lower case:
 * "Password1234" is as guessable as "password1234".
 */
const COMMON = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));

export type PasswordWeakness = 'too_short' | 'too_long' | 'too_common';

export function passwordWeakness(password: string): PasswordWeakness | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (password.length > PASSWORD_MAX_LENGTH) return 'too_long';
  if (COMMON.has(password.toLowerCase())) return 'too_common';
  return null;
}

const MESSAGES: Record<PasswordWeakness, string> = {
  too_short: `must be at least ${PASSWORD_MIN_LENGTH} characters long`,
  too_long: `must be at most ${PASSWORD_MAX_LENGTH} characters long`,
  too_common: 'is too common; choose a password nobody would guess',
};

/** class-validator rule applying the policy, naming what is wrong. */
export function IsAcceptablePassword(options?: ValidationOptions) {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isAcceptablePassword',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && !passwordWeakness(value),
        defaultMessage: (args) => {
          const weakness = typeof args?.value === 'string' ? passwordWeakness(args.value) : null;
          return `${args?.property} ${weakness ? MESSAGES[weakness] : 'must be a string'}`;
        },
      },
    });
}

/** A password a person chooses, as every DTO declares it. */
export const PasswordField = (options: { description?: string; required?: boolean } = {}) =>
  applyDecorators(
    ApiProperty({
      minLength: PASSWORD_MIN_LENGTH,
      maxLength: PASSWORD_MAX_LENGTH,
      writeOnly: true,
      required: options.required ?? true,
      description: options.description,
    }),
    ...(options.required === false ? [Optional()] : []),
    IsString(),
    IsAcceptablePassword(),
  );
