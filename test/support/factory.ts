import type { INestApplicationContext } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { Locale, ParticipantKind, Role, TerritoryLevel } from '@apprenance/db';
import { TerritoriesService } from '../../apps/api/src/territories/territories.service';
import { TerritoryDto } from '../../apps/api/src/territories/dto/territory.dto';
import { UserDto } from '../../apps/api/src/users/dto/user.dto';
import { UsersService } from '../../apps/api/src/users/users.service';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface UserInput {
  role?: Role;
  email?: string;
  displayName?: string;
  locale?: Locale;
  password?: string;
  kind?: ParticipantKind;
  territoryId?: string;
  position?: string;
  isActive?: boolean;
}

const unique = () => randomBytes(4).toString('hex');

/** Small builders of valid test data, going through the services like real requests. */
export class Factory {
  constructor(private readonly app: INestApplicationContext) {}

  territory(
    input: { name?: string; country?: string; level?: TerritoryLevel } = {},
  ): Promise<TerritoryDto> {
    return this.app.get(TerritoriesService).create(null, {
      name: input.name ?? `Commune ${unique()}`,
      country: input.country ?? 'FR',
      level: input.level ?? 'municipality',
    });
  }

  async user(input: UserInput = {}): Promise<UserDto & { password: string }> {
    const role = input.role ?? 'participant';
    const password = input.password ?? TEST_PASSWORD;
    const participant =
      role === 'participant'
        ? {
            kind: input.kind ?? 'political',
            territoryId: input.territoryId ?? (await this.territory()).id,
            position: input.position ?? 'Maire',
          }
        : {};
    const user = await this.app.get(UsersService).create(null, {
      role,
      email: input.email ?? `${role}-${unique()}@test.apprenance.local`,
      displayName: input.displayName ?? `${role} ${unique()}`,
      locale: input.locale ?? 'fr',
      password,
      isActive: input.isActive ?? true,
      ...participant,
    });
    return { ...user, password };
  }
}
