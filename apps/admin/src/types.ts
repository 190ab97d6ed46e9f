// The enumerations are the database's own (a plain module without TypeORM), so the web app
// and the api cannot drift apart.
export {
  LOCALES,
  PARTICIPANT_KINDS,
  ROLES,
  TERRITORY_LEVELS,
} from '../../../libs/db/src/entities/enums';
export type {
  Locale,
  ParticipantKind,
  Role,
  TerritoryLevel,
} from '../../../libs/db/src/entities/enums';
import type {
  Locale,
  ParticipantKind,
  Role,
  TerritoryLevel,
} from '../../../libs/db/src/entities/enums';

export interface User {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
  role: Role;
  kind: ParticipantKind | null;
  territoryId: string | null;
  position: string | null;
  isActive: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface Territory {
  id: string;
  name: string;
  country: string;
  level: TerritoryLevel;
  createdAt: string;
  updatedAt: string;
}

export interface AuditLogEntry {
  id: string;
  occurredAt: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  changes: Record<string, unknown> | null;
  requestId: string | null;
}

export interface LoginResponse {
  accessToken: string;
  user: User;
}
