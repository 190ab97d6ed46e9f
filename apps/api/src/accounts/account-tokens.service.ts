import { Inject, Injectable } from '@nestjs/common';
import { AccountTokenPurpose } from '@apprenance/db';
import { AppConfig, durationMs } from '@apprenance/config';
import { messageLink } from '@apprenance/domain';
import { Tx } from '../common/database/transaction';
import { APP_CONFIG } from '../config/config.module';
import { OutboxRepository } from '../notifications/outbox.repository';
import { formatToken, newSecret, parseToken, secretMatches } from './account-token-secret';
import { AccountTokensRepository } from './account-tokens.repository';
import * as errors from './accounts.errors';

const TEMPLATE_OF: Record<AccountTokenPurpose, string> = {
  invitation: 'account.invitation',
  password_reset: 'account.password_reset',
};

/** Single-use, expiring links that open an account (invitation) or reset its password. */
@Injectable()
export class AccountTokensService {
  constructor(
    private readonly tokens: AccountTokensRepository,
    private readonly outbox: OutboxRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new link for the person, replacing their earlier one of the same purpose. */
  async issue(tx: Tx, userId: string, purpose: AccountTokenPurpose): Promise<string> {
    const { secret, secretHash } = newSecret();
    const ttl = this.validFor(purpose);
    const row = await this.tokens.replace(tx, {
      userId,
      purpose,
      secretHash,
      expiresAt: new Date(Date.now() + durationMs(ttl)),
    });
    return formatToken(row.id, secret);
  }

  /** How long a link of this purpose works, as configured (`7d`, `1h`). */
  private validFor(purpose: AccountTokenPurpose): string {
    return purpose === 'invitation' ? this.config.INVITATION_TTL : this.config.PASSWORD_RESET_TTL;
  }

  /** The link to print where no mail is sent (the first admin of a deployment). */
  link(purpose: AccountTokenPurpose, token: string): string {
    return messageLink(TEMPLATE_OF[purpose], { token }, this.config.PUBLIC_URL);
  }

  /** Issues a link and mails it, in the caller's transaction. */
  async send(tx: Tx, userId: string, purpose: AccountTokenPurpose): Promise<void> {
    const token = await this.issue(tx, userId, purpose);
    await this.outbox.enqueue(tx, [
      {
        recipientId: userId,
        template: TEMPLATE_OF[purpose],
        payload: { token, validFor: this.validFor(purpose) },
      },
    ]);
  }

  /** Checks a link and uses it up; returns whose account it opens. */
  async consume(tx: Tx, purpose: AccountTokenPurpose, token: string): Promise<string> {
    const parsed = parseToken(token);
    const row = parsed && (await this.tokens.findForUpdate(tx, parsed.id, purpose));
    if (!parsed || !row || !secretMatches(parsed.secret, row.secretHash)) {
      throw errors.linkInvalid();
    }
    if (row.usedAt) throw errors.linkUsed();
    if (row.expiresAt.getTime() <= Date.now()) throw errors.linkExpired();
    await this.tokens.markUsed(tx, row);
    return row.userId;
  }

  hasLive(tx: Tx, userId: string, purpose: AccountTokenPurpose): Promise<boolean> {
    return this.tokens.hasLive(tx, userId, purpose);
  }

  revokeUnused(tx: Tx, userId: string): Promise<void> {
    return this.tokens.revokeUnused(tx, userId);
  }
}
