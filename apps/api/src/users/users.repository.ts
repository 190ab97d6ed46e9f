import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ParticipantKind, queryPrepared, Role, UserEntity } from '@apprenance/db';
import { In, Repository } from 'typeorm';
import { likePattern } from '../common/database/pg-errors';
import { Tx } from '../common/database/transaction';
import { pageWindow } from '../common/list/list-query.dto';
import { Page } from '../common/list/page';
import { pageOf } from '../common/list/page-of';
import { sortColumn } from '../common/list/sort';
import { UserListQueryDto } from './dto/user-input.dto';

/**
 * A person matching a search, by name or email, in any case: `search` is both, lower-cased,
 * kept by a trigger (migration SearchColumns) and indexed by trigrams.
 */
const SEARCH = 'u.search LIKE lower(:q)';

const SORTABLE = {
  id: 'u.id',
  email: 'u.email',
  displayName: 'u.displayName',
  role: 'u.role',
  createdAt: 'u.createdAt',
  isActive: 'u.isActive',
} as const;

/** What others are shown of a person (pair members, participants): no account internals. */
const PERSON_COLUMNS = [
  'id',
  'email',
  'displayName',
  'locale',
  'position',
  'kind',
  'territoryId',
] as const;
export type Person = Pick<UserEntity, (typeof PERSON_COLUMNS)[number]>;

/** An account as the API shows it (the columns of `UserDto`). */
export type ShownUser = Pick<
  UserEntity,
  | 'id'
  | 'email'
  | 'displayName'
  | 'locale'
  | 'role'
  | 'isActive'
  | 'kind'
  | 'territoryId'
  | 'position'
  | 'createdAt'
  | 'updatedAt'
>;

/** What the access guard checks of an account on every request. */
export type AccountState = Pick<UserEntity, 'id' | 'role' | 'email' | 'isActive' | 'tokenVersion'>;
const PERSON_SELECT = Object.fromEntries(PERSON_COLUMNS.map((column) => [column, true]));

/** Token version and email preferences start at their database defaults unless given. */
export type NewUser = Omit<
  UserEntity,
  'id' | 'createdAt' | 'updatedAt' | 'territory' | 'tokenVersion' | 'emailOptOut'
> &
  Partial<Pick<UserEntity, 'tokenVersion' | 'emailOptOut'>>;

export interface FreeParticipantsFilter {
  kind: ParticipantKind;
  excludeIds: string[];
  territoryId?: string;
  q?: string;
  limit: number;
}

@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  findById(id: string, tx?: Tx): Promise<UserEntity | null> {
    return (tx?.getRepository(UserEntity) ?? this.users).findOneBy({ id });
  }

  /**
   * The account as the access guard needs it, in a constant statement: every authenticated
   * request runs it, and TypeORM's query building and hydration cost more than the query.
   */
  async accountState(id: string): Promise<AccountState | null> {
    const rows: AccountState[] = await queryPrepared(
      this.users.manager,
      `SELECT id, role, email, is_active AS "isActive", token_version AS "tokenVersion"
         FROM users WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** The account as the API shows it, in a constant statement (`auth/me` on every page load). */
  async shown(id: string): Promise<ShownUser | null> {
    const rows: ShownUser[] = await queryPrepared(
      this.users.manager,
      `SELECT id, email, display_name AS "displayName", locale, role, is_active AS "isActive",
              kind, territory_id AS "territoryId", position, created_at AS "createdAt",
              updated_at AS "updatedAt"
         FROM users WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  findByIds(ids: string[], tx?: Tx): Promise<UserEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return (tx?.getRepository(UserEntity) ?? this.users).findBy({ id: In(ids) });
  }

  /** These people, reading only the columns of `Person` (never the password hash). */
  people(ids: string[], tx?: Tx): Promise<Person[]> {
    if (!ids.length) return Promise.resolve([]);
    return (tx?.getRepository(UserEntity) ?? this.users).find({
      select: PERSON_SELECT,
      where: { id: In(ids) },
    });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email: email.trim().toLowerCase() });
  }

  async list(query: UserListQueryDto): Promise<Page<UserEntity>> {
    const { skip, take } = pageWindow(query);
    const builder = this.users.createQueryBuilder('u');
    if (query.id?.length) builder.andWhere('u.id IN (:...ids)', { ids: query.id });
    if (query.role) builder.andWhere('u.role = :role', { role: query.role });
    if (query.kind) builder.andWhere('u.kind = :kind', { kind: query.kind });
    if (query.territoryId) builder.andWhere('u.territoryId = :territoryId', query);
    if (query.q) builder.andWhere(SEARCH, { q: likePattern(query.q) });
    builder
      .orderBy(sortColumn(query._sort, SORTABLE, 'displayName'), query._order)
      // The tie-breaker runs the same way, so that one index on (column, id) serves both orders.
      .addOrderBy('u.id', query._order)
      .skip(skip)
      .take(take);
    return pageOf(builder, skip);
  }

  /**
   * Active participants of one kind, but for the excluded ones (people already in a pair),
   * optionally of one territory and matching a search, by name.
   */
  freeParticipants(tx: Tx, filter: FreeParticipantsFilter): Promise<UserEntity[]> {
    const builder = tx
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where("u.role = 'participant'")
      .andWhere('u.isActive')
      .andWhere('u.kind = :kind', { kind: filter.kind });
    if (filter.excludeIds.length) {
      builder.andWhere('u.id NOT IN (:...excludeIds)', { excludeIds: filter.excludeIds });
    }
    if (filter.territoryId) builder.andWhere('u.territoryId = :territoryId', filter);
    if (filter.q) builder.andWhere(SEARCH, { q: likePattern(filter.q) });
    return builder.orderBy('u.displayName').addOrderBy('u.id').take(filter.limit).getMany();
  }

  async insert(tx: Tx, user: NewUser): Promise<UserEntity> {
    return tx.getRepository(UserEntity).save(tx.create(UserEntity, user));
  }

  async save(tx: Tx, user: UserEntity): Promise<UserEntity> {
    return tx.getRepository(UserEntity).save(user);
  }

  async remove(tx: Tx, id: string): Promise<void> {
    await tx.delete(UserEntity, { id });
  }

  /** Locks the row so that concurrent edits of one user apply one after the other. */
  findForUpdate(tx: Tx, id: string): Promise<UserEntity | null> {
    return tx
      .getRepository(UserEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Locks these accounts in id order, so that two transactions never wait on each other crosswise. */
  lockByIds(tx: Tx, ids: string[]): Promise<UserEntity[]> {
    return this.lockWhere(tx, 'u.id IN (:...ids)', { ids });
  }

  /** Locks the accounts of these emails, in id order like `lockByIds`. */
  lockByEmails(tx: Tx, emails: string[]): Promise<UserEntity[]> {
    if (!emails.length) return Promise.resolve([]);
    return this.lockWhere(tx, 'u.email IN (:...emails)', { emails });
  }

  /** The accounts of these emails, read without locking them (a dry run writes nothing). */
  findByEmails(tx: Tx, emails: string[]): Promise<UserEntity[]> {
    if (!emails.length) return Promise.resolve([]);
    return (
      tx
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        // One array parameter: a file's 20,000 emails as separate parameters cost more to bind.
        .where('u.email = ANY(:emails)', { emails })
        .getMany()
    );
  }

  private lockWhere(tx: Tx, where: string, params: object): Promise<UserEntity[]> {
    return tx
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where(where, params)
      .orderBy('u.id')
      .setLock('pessimistic_write')
      .getMany();
  }

  /** Those of `ids` whose account has one of these roles (and is active, when asked). */
  async withRole(tx: Tx, ids: string[], roles: Role[], activeOnly: boolean): Promise<string[]> {
    if (!ids.length) return [];
    const users = await tx.getRepository(UserEntity).find({
      select: { id: true },
      where: { id: In(ids), role: In(roles), ...(activeOnly ? { isActive: true } : {}) },
    });
    return users.map((user) => user.id);
  }

  async activeAdminIds(tx: Tx): Promise<string[]> {
    const admins = await tx.getRepository(UserEntity).find({
      select: { id: true },
      where: { role: 'admin', isActive: true },
    });
    return admins.map((user) => user.id);
  }
}
