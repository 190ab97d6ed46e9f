import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, type TransformFnParams } from 'class-transformer';
import { IsOptional, IsUUID } from 'class-validator';

/** `?id=a` and `?id=a&id=b` both become arrays. */
export function toArray({ value }: TransformFnParams): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  return Array.isArray(value) ? value : [value];
}

/** react-admin's getMany: `?id=a&id=b`, every value a UUID. */
export const UuidIdsFilter = () =>
  applyDecorators(
    ApiPropertyOptional({ type: [String], description: 'fetch these ids (repeat the parameter)' }),
    IsOptional(),
    Transform(toArray),
    IsUUID('all', { each: true }),
  );
