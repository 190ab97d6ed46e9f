export * from './enums';
export * from './timestamps';
export * from './territory.entity';
export * from './user.entity';
export * from './audit-log.entity';

import { AuditLogEntity } from './audit-log.entity';
import { TerritoryEntity } from './territory.entity';
import { UserEntity } from './user.entity';

/** Every entity of the schema; the data source and the tests use this list. */
export const ENTITIES = [TerritoryEntity, UserEntity, AuditLogEntity];
