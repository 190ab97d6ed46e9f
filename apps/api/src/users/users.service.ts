import { Injectable } from '@nestjs/common';
import { UserEntity } from '@apprenance/db';
import { AccountTokensService } from '../accounts/account-tokens.service';
import { AuditService } from '../audit/audit.service';
import { diffFields } from '../audit/audit-diff';
import { PasswordService } from '../auth/password.service';
import { AuthUser } from '../common/auth/auth-user';
import { definedOnly } from '../common/defined-only';
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

/** What an account without a password yet is created from. */
type UnopenedUser = Omit<NewUser, 'passwordHash' | 'isActive' | 'tokenVersion' | 'emailOptOut'>;

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
    private readonly links: AccountTokensService,
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
    const passwordHash = input.password ? await this.passwords.hash(input.password) : NO_PASSWORD;
    return this.write(async (tx) => {
      await this.assertTerritory(tx, profile.territoryId);
      const user = await this.users.insert(tx, {
        email: normaliseEmail(input.email),
        displayName: input.displayName,
        locale: input.locale ?? 'fr',
        isActive: input.isActive ?? true,
        passwordHash,
        tokenVersion: 0,
        emailOptOut: [],
        ...profile,
      });
      await this.recordCreation(tx, actor, user);
      if (!input.password) await this.links.send(tx, user.id, 'invitation');
      return toUserDto(user);
    });
  }

  /** Mails a new invitation, which replaces the earlier one; an opened account has none. */
  async invite(tx: Tx, actor: AuthUser | null, userId: string): Promise<void> {
    const user = await this.users.findForUpdate(tx, userId);
    if (!user) throw errors.userNotFound(userId);
    if (isOpened(user)) throw errors.alreadyOpened();
    await this.links.send(tx, user.id, 'invitation');
    await this.audit.record(tx, actor, {
      action: 'user.invite',
      entityType: 'user',
      entityId: user.id,
      changes: {},
    });
  }

  /**
   * Invites, once, the people placed in a cohort who never opened their account. The caller
   * has read `accounts` under lock in this transaction, so they are current.
   */
  async inviteUnopened(
    tx: Tx,
    actor: AuthUser | null,
    accounts: Pick<UserEntity, 'id' | 'passwordHash'>[],
  ): Promise<void> {
    for (const user of accounts) {
      if (!isOpened(user) && !(await this.links.hasLive(tx, user.id, 'invitation'))) {
        await this.invite(tx, actor, user.id);
      }
    }
  }

  /** A person's own language and email preferences, audited like any change of their account. */
  async setPreferences(
    actor: AuthUser,
    input: Partial<Pick<UserEntity, 'locale' | 'emailOptOut'>>,
  ): Promise<UserEntity> {
    return this.write(async (tx) => {
      const user = await this.users.findForUpdate(tx, actor.id);
      if (!user) throw errors.userNotFound(actor.id);
      const before = { locale: user.locale, emailOptOut: user.emailOptOut };
      Object.assign(user, definedOnly(input));
      const saved = await this.users.save(tx, user);
      await this.audit.recordDiff(tx, actor, 'user.preferences', user.id, before, saved, [
        'locale',
        'emailOptOut',
      ]);
      return saved;
    });
  }

  /**
   * Sets a password the person chose (activation, reset, change): opens the account, signs out
   * every session opened before, and kills the other links still unused.
   */
  async setPassword(tx: Tx, userId: string, password: string): Promise<UserEntity> {
    const passwordHash = await this.passwords.hash(password);
    const user = await this.users.findForUpdate(tx, userId);
    if (!user) throw errors.userNotFound(userId);
    const activated = !isOpened(user);
    Object.assign(user, {
      passwordHash,
      isActive: user.isActive || activated,
      tokenVersion: user.tokenVersion + 1,
    });
    const saved = await this.users.save(tx, user);
    await this.links.revokeUnused(tx, userId);
    await this.audit.record(
      tx,
      { id: user.id, role: user.role, email: user.email },
      {
        action: activated ? 'user.activate' : 'user.password_change',
        entityType: 'user',
        entityId: user.id,
        changes: { password: 'changed' },
      },
    );
    return saved;
  }

  /**
   * An account for an applicant or an imported participant, created (and audited) in the
   * caller's transaction; it has no usable password until the person is invited.
   */
  createParticipant(
    tx: Tx,
    actor: AuthUser | null,
    input: Omit<UnopenedUser, 'role'>,
  ): Promise<UserEntity> {
    return this.createUnopened(tx, actor, { ...input, role: 'participant' });
  }

  /**
   * The first admin of a deployment, from the command line: an unopened account (or the one
   * already created by an earlier run that was never opened) and a link to open it.
   */
  async createFirstAdmin(
    input: Pick<UnopenedUser, 'email' | 'displayName' | 'locale'>,
  ): Promise<string> {
    return this.write(async (tx) => {
      const email = normaliseEmail(input.email);
      const [existing] = await this.users.lockByEmails(tx, [email]);
      if (existing && (existing.role !== 'admin' || isOpened(existing))) throw errors.emailTaken();
      const admin =
        existing ??
        (await this.createUnopened(tx, null, {
          ...input,
          email,
          role: 'admin',
          kind: null,
          territoryId: null,
          position: null,
        }));
      return this.links.link('invitation', await this.links.issue(tx, admin.id, 'invitation'));
    });
  }

  private async createUnopened(
    tx: Tx,
    actor: AuthUser | null,
    input: UnopenedUser,
  ): Promise<UserEntity> {
    const user = await this.users.insert(tx, {
      ...input,
      passwordHash: NO_PASSWORD,
      isActive: false,
      tokenVersion: 0,
      emailOptOut: [],
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
      // A new password or a deactivation signs the person out everywhere.
      if (passwordHash || (before.isActive && !user.isActive)) user.tokenVersion += 1;
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

/** Whether the person ever chose a password. */
function isOpened(user: Pick<UserEntity, 'passwordHash'>): boolean {
  return user.passwordHash !== NO_PASSWORD;
}

/** Emails are compared and stored lower-cased (the database checks it too). */
function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
