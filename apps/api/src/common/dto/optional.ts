import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, Max, Min, ValidateIf } from 'class-validator';

/**
 * The field may be left out, but not sent as `null`: class-validator's `@IsOptional()` lets
 * `null` through every other check, and a `null` in a NOT NULL column is a 500, not a 400.
 * Fields that may really be cleared say so with their own `@ValidateIf`.
 */
export function Optional(): PropertyDecorator {
  return ValidateIf((_, value) => value !== undefined);
}

/** A 1-based position among siblings; left out, the item goes after the last one. */
export function OptionalPosition(description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ minimum: 1, description }),
    Optional(),
    IsInt(),
    Min(1),
    Max(999),
  );
}

/**
 * A multipart form carries every field as text: there, and only there, digits are a number.
 * A JSON body says `5`, so `"5"` or `true` stay what they are and fail `IsInt`.
 */
export const FormInteger = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value,
  );
