import { IsOptional, validateSync } from 'class-validator';
import { canonicalSpdxId, IsSpdxLicence, isDeprecatedSpdxId } from './spdx';

class Sample {
  @IsOptional()
  @IsSpdxLicence()
  licence?: unknown;
}

function errorsFor(licence: unknown): string[] {
  const sample = Object.assign(new Sample(), { licence });
  return validateSync(sample).flatMap((error) => Object.values(error.constraints ?? {}));
}

describe('SPDX licence ids', () => {
  it('knows current ids and spells them canonically', () => {
    expect(canonicalSpdxId('AGPL-3.0-or-later')).toBe('AGPL-3.0-or-later');
    expect(canonicalSpdxId(' cc-by-sa-4.0 ')).toBe('CC-BY-SA-4.0');
    expect(canonicalSpdxId('MIT')).toBe('MIT');
  });

  it('refuses unknown and deprecated ids with a message that says which', () => {
    expect(canonicalSpdxId('Free-For-All-1.0')).toBeUndefined();
    expect(isDeprecatedSpdxId('AGPL-3.0')).toBe(true);
    expect(errorsFor('AGPL-3.0')[0]).toMatch(/deprecated/);
    expect(errorsFor('Free-For-All-1.0')[0]).toMatch(/must be an SPDX licence id/);
    expect(errorsFor(42)).toHaveLength(1);
    expect(errorsFor('GPL-2.0-or-later')).toEqual([]);
  });
});
