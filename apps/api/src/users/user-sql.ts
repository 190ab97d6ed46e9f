import type { UserEntity } from '@apprenance/db';
import { SqlFragment } from '../common/database/sql-fragment';
import { territoryNameSql } from '../territories/territory-sql';

/** The display name of the user `idSql` (an expression or a column of the outer query). */
export const displayNameSql: SqlFragment = (idSql) =>
  `SELECT display_name FROM users WHERE id = ${idSql}`;

/**
 * The user `idSql` as a pair's roster shows them, one JSON object: `id`, `displayName`,
 * `email`, `position`, `kind` (the columns of `PairMemberDto`).
 */
export const pairMemberJsonSql: SqlFragment = (idSql) =>
  `SELECT json_build_object('id', id, 'displayName', display_name, 'email', email,
            'position', position, 'kind', kind)
     FROM users WHERE id = ${idSql}`;

/** A pair's member as an enrolment locks them: what its rules, its invitations and its answer need. */
export type LockedMember = Pick<
  UserEntity,
  | 'id'
  | 'role'
  | 'kind'
  | 'territoryId'
  | 'isActive'
  | 'passwordHash'
  | 'displayName'
  | 'email'
  | 'position'
> & { territoryName: string | null };

/**
 * Locks the accounts of the uuid array `idsSql` in id order (as `UsersRepository.lockByIds`: two
 * transactions never wait on each other crosswise) and gives them as one JSON array of
 * `LockedMember`s, null when none exists.
 */
export const lockedMembersJsonSql: SqlFragment = (idsSql) =>
  `SELECT json_agg(json_build_object('id', id, 'role', role, 'kind', kind,
            'territoryId', territory_id, 'territoryName', (${territoryNameSql('territory_id')}),
            'isActive', is_active, 'passwordHash', password_hash, 'displayName', display_name,
            'email', email, 'position', position) ORDER BY id)
     FROM (SELECT id, role, kind, territory_id, is_active, password_hash, display_name, email, position
             FROM users WHERE id = ANY(${idsSql}) ORDER BY id FOR UPDATE) u`;
