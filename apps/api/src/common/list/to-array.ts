import type { TransformFnParams } from 'class-transformer';

/** `?id=a` and `?id=a&id=b` both become arrays. */
export function toArray({ value }: TransformFnParams): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  return Array.isArray(value) ? value : [value];
}
