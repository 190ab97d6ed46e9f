import { Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { accountGone } from '../auth/auth.errors';
import { AuthService } from '../auth/auth.service';
import { LoginResponseDto } from '../auth/dto/login.dto';
import { PasswordService } from '../auth/password.service';
import { AuthUser } from '../common/auth/auth-user';
import { TransactionRunner } from '../common/database/transaction';
import { CohortMembership } from '../cohorts/cohort-membership';
import { userNotFound } from '../users/users.errors';
import { UsersRepository } from '../users/users.repository';
import { UsersService } from '../users/users.service';
import { AccountTokensService } from './account-tokens.service';
import * as errors from './accounts.errors';
import {
  PasswordChangeDto,
  PreferencesDto,
  toPreferencesDto,
  UpdatePreferencesDto,
  UseLinkDto,
} from './dto/account.dto';

/**
 * A reset request answers no sooner than this, whether the address has an account or not, so
 * that the time taken tells nothing; well above the work of either case.
 */
const RESET_REQUEST_FLOOR_MS = 400;

/** Opening an account, resetting and changing its password. */
@Injectable()
export class AccountsService {
  constructor(
    private readonly users: UsersRepository,
    private readonly accounts: UsersService,
    private readonly links: AccountTokensService,
    private readonly passwords: PasswordService,
    private readonly auth: AuthService,
    private readonly tx: TransactionRunner,
    private readonly membership: CohortMembership,
  ) {}

  activate(input: UseLinkDto): Promise<LoginResponseDto> {
    return this.useLink('invitation', input);
  }

  resetPassword(input: UseLinkDto): Promise<LoginResponseDto> {
    return this.useLink('password_reset', input);
  }

  /** The same answer, after the same time, whether the address has an account or not. */
  async requestReset(email: string): Promise<void> {
    const started = Date.now();
    const user = await this.users.findByEmail(email);
    if (user?.isActive) {
      await this.tx.run((tx) => this.links.send(tx, user.id, 'password_reset'));
    }
    await sleep(Math.max(0, RESET_REQUEST_FLOOR_MS - (Date.now() - started)));
  }

  async changePassword(actor: AuthUser, input: PasswordChangeDto): Promise<LoginResponseDto> {
    const user = await this.users.findById(actor.id);
    if (!user || !(await this.passwords.verify(user.passwordHash, input.currentPassword))) {
      throw errors.wrongCurrentPassword();
    }
    const saved = await this.tx.run((tx) =>
      this.accounts.setPassword(tx, actor.id, input.newPassword),
    );
    return this.auth.session(saved);
  }

  async preferences(actor: AuthUser): Promise<PreferencesDto> {
    const user = await this.users.findById(actor.id);
    if (!user) throw accountGone();
    return toPreferencesDto(user);
  }

  async setPreferences(actor: AuthUser, input: UpdatePreferencesDto): Promise<PreferencesDto> {
    return toPreferencesDto(await this.accounts.setPreferences(actor, input));
  }

  /** Admins, and the trainers of a cohort where the person's pair holds a place. */
  async resendInvitation(actor: AuthUser, userId: string): Promise<void> {
    if (actor.role !== 'admin' && !(await this.membership.trainsMember(actor.id, userId))) {
      // Not theirs to invite: whether the account exists is not theirs to learn either.
      throw userNotFound(userId);
    }
    await this.tx.run((tx) => this.accounts.invite(tx, actor, userId));
  }

  private async useLink(
    purpose: 'invitation' | 'password_reset',
    input: UseLinkDto,
  ): Promise<LoginResponseDto> {
    const user = await this.tx.run(async (tx) => {
      const userId = await this.links.consume(tx, purpose, input.token);
      return this.accounts.setPassword(tx, userId, input.password);
    });
    return this.auth.session(user);
  }
}
