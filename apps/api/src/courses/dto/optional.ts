import { ValidateIf } from 'class-validator';

/**
 * The field may be left out, but not sent as `null`: class-validator's `@IsOptional()` lets
 * `null` through every other check, and a `null` in a NOT NULL column is a 500, not a 400.
 * Fields that may really be cleared say so with their own `@ValidateIf`.
 */
export function Optional(): PropertyDecorator {
  return ValidateIf((_, value) => value !== undefined);
}
