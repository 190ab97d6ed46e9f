import { ValidateIf } from 'class-validator';

/**
 * A field that may be left out but never sent as null: unlike `@IsOptional()`, null still
 * goes through the field's validators, so it is refused before it reaches a NOT NULL column.
 */
export const Omittable = () => ValidateIf((_, value: unknown) => value !== undefined);
