import { Injectable } from '@nestjs/common';
import { UserEntity } from '@apprenance/db';
import { AuditService } from '../audit/audit.service';
import { diffFields } from '../audit/audit-diff';
import { PasswordService } from '../auth/password.service';
import { AuthUser } from '../common/auth/auth-user';
import { isForeignKeyViolation, isUniqueViolation } from '../common/database/pg-errors';
import { TransactionRunner, Tx } from '../common/database/transaction';
import { Page } from '../common/list/page';
import { TerritoriesRepository } from '../territories/territories.repository';
import { USER_FIELDS, UserDto, toUserDto } from './dto/user.dto';
import { CreateUserDto, UpdateUserDto, UserListQueryDto } from './dto/user-input.dto';
import { checkProfile } from './participant-profile';
import * as errors from './users.errors';
import { NewUser, UsersRepository } from './users.repository';

/** A password hash no password matches: such an account cannot log in until it is invited. */
const NO_PASSWORD = '!';

/** The fields whose changes the audit log records (the password only as a marker). */
const AUDITED = USER_FIELDS;

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly territories: TerritoriesRepository,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  async list(query: UserListQueryDto): Promise<Page<UserDto>> {
    return (await this.users.list(query)).map(toUserDto);
  }

  async get(id: string): Promise<UserDto> {
    const user = await this.users.findById(id);
    if (!user) throw errors.userNotFound(id);
    return toUserDto(user);
  }

  async create(actor: AuthUser | null, input: CreateUserDto): Promise<UserDto> {
    const profile = checkProfile(
      {
        role: input.role,
        kind: input.kind ?? null,
        territoryId: input.territoryId ?? null,
        position: input.position ?? null,
      },
      input,
    );
    const passwordHash = await this.passwords.hash(input.password);
    return this.write(async (tx) => {
      await this.assertTerritory(tx, profile.territoryId);
      const user = await this.users.insert(tx, {
        email: normaliseEmail(input.email),
        displayName: input.displayName,
        locale: input.locale ?? 'fr',
        isActive: input.isActive ?? true,
        passwordHash,
        ...profile,
      });
      await this.recordCreation(tx, actor, user);
      return toUserDto(user);
    });
  }

  /**
   * An account for an applicant or an imported participant, created (and audited) in the
   * caller's transaction; it has no usable password until the person is invited.
   */
  async createParticipant(
    tx: Tx,
    actor: AuthUser | null,
    input: Omit<NewUser, 'role' | 'passwordHash' | 'isActive'>,
  ): Promise<UserEntity> {
    const user = await this.users.insert(tx, {
      ...input,
      role: 'participant',
      passwordHash: NO_PASSWORD,
      isActive: false,
    });
    await this.recordCreation(tx, actor, user);
    return user;
  }

  async update(actor: AuthUser, id: string, input: UpdateUserDto): Promise<UserDto> {
    if (
      id === actor.id &&
      (input.isActive === false || (input.role && input.role !== actor.role))
    ) {
      throw errors.cannotRemoveSelf();
    }
    const passwordHash = input.password ? await this.passwords.hash(input.password) : undefined;
    return this.write(async (tx) => {
      const user = await this.users.findForUpdate(tx, id);
      if (!user) throw errors.userNotFound(id);
      const before = { ...user };
      const { password: _password, ...fields } = input;
      Object.assign(user, fields, fields.email ? { email: normaliseEmail(fields.email) } : {});
      Object.assign(user, checkProfile(user, input));
      await this.assertTerritory(tx, user.territoryId);
      if (passwordHash) user.passwordHash = passwordHash;
      const saved = await this.users.save(tx, user);
      await this.audit.record(tx, actor, {
        action: 'user.update',
        entityType: 'user',
        entityId: id,
        changes: {
          ...diffFields(before, saved, AUDITED),
          ...(passwordHash ? { password: 'changed' } : {}),
        },
      });
      return toUserDto(saved);
    });
  }

  async remove(actor: AuthUser, id: string): Promise<void> {
    if (id === actor.id) throw errors.cannotRemoveSelf();
    await this.write(async (tx) => {
      const user = await this.users.findForUpdate(tx, id);
      if (!user) throw errors.userNotFound(id);
      await this.users.remove(tx, id);
      await this.audit.recordDiff(tx, actor, 'user.delete', id, user, null, AUDITED);
    });
  }

  private recordCreation(tx: Tx, actor: AuthUser | null, user: UserEntity) {
    return this.audit.recordDiff(tx, actor, 'user.create', user.id, null, user, AUDITED);
  }

  private async assertTerritory(tx: Tx, territoryId: string | null): Promise<void> {
    if (territoryId && !(await this.territories.exists(tx, territoryId)))
      throw errors.unknownTerritory();
  }

  /** Runs a write in a transaction, turning constraint violations into domain errors. */
  private async write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    try {
      return await this.tx.run(work);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_users_email')) throw errors.emailTaken();
      if (isForeignKeyViolation(error)) throw errors.userStillReferenced();
      throw error;
    }
  }
}

/** Emails are compared and stored lower-cased (the database checks it too). */
function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
