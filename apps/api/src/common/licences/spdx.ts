import { registerDecorator, ValidationOptions } from 'class-validator';
import deprecatedIds from 'spdx-license-ids/deprecated.json';
import currentIds from 'spdx-license-ids/index.json';

/** Licence of the course content unless a course says otherwise. */
export const DEFAULT_CONTENT_LICENCE = 'CC-BY-SA-4.0';

const byLowerCase = new Map(currentIds.map((id) => [id.toLowerCase(), id]));
const deprecated = new Set(deprecatedIds.map((id) => id.toLowerCase()));

/**
 * The SPDX licence id in its canonical spelling (SPDX ids match case-insensitively), or
 * undefined when the list has no such id. Deprecated ids such as `GPL-3.0` are refused: they
 * do not say whether later versions apply, so the caller must pick `-only` or `-or-later`.
 */
export function canonicalSpdxId(id: string): string | undefined {
  return byLowerCase.get(id.trim().toLowerCase());
}

export function isDeprecatedSpdxId(id: string): boolean {
  return deprecated.has(id.trim().toLowerCase());
}

/** class-transformer: normalises a valid id to its canonical spelling, leaves others as sent. */
export const toCanonicalSpdx = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? (canonicalSpdxId(value) ?? value) : value;

/** class-validator: the value is a current SPDX licence id (see spdx.org/licenses). */
export function IsSpdxLicence(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isSpdxLicence',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && !!canonicalSpdxId(value),
        defaultMessage: (args) =>
          typeof args?.value === 'string' && isDeprecatedSpdxId(args.value)
            ? `${args.property} "${args.value}" is a deprecated SPDX id: use its -only or -or-later form`
            : `${args?.property ?? 'licence'} must be an SPDX licence id such as CC-BY-SA-4.0 or AGPL-3.0-or-later`,
      },
    });
}
