import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
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
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(999),
  );
}
