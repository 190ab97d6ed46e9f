import { Injectable } from '@nestjs/common';
import { AccountTokenEntity, AccountTokenPurpose } from '@apprenance/db';
import { IsNull, MoreThan } from 'typeorm';
import { Tx } from '../common/database/transaction';

@Injectable()
export class AccountTokensRepository {
  /** A new link replaces the person's earlier links of the same purpose: only the latest works. */
  async replace(
    tx: Tx,
    token: Pick<AccountTokenEntity, 'userId' | 'purpose' | 'secretHash' | 'expiresAt'>,
  ): Promise<AccountTokenEntity> {
    await tx.delete(AccountTokenEntity, { userId: token.userId, purpose: token.purpose });
    return tx.getRepository(AccountTokenEntity).save(tx.create(AccountTokenEntity, token));
  }

  /** Locks the row so that two uses of one link cannot both succeed. */
  findForUpdate(
    tx: Tx,
    id: string,
    purpose: AccountTokenPurpose,
  ): Promise<AccountTokenEntity | null> {
    return tx
      .getRepository(AccountTokenEntity)
      .findOne({ where: { id, purpose }, lock: { mode: 'pessimistic_write' } });
  }

  /** Whether the person has an unused, unexpired link of this purpose. */
  hasLive(tx: Tx, userId: string, purpose: AccountTokenPurpose): Promise<boolean> {
    return tx
      .getRepository(AccountTokenEntity)
      .exists({ where: { userId, purpose, usedAt: IsNull(), expiresAt: MoreThan(new Date()) } });
  }

  async markUsed(tx: Tx, token: AccountTokenEntity): Promise<void> {
    await tx.update(AccountTokenEntity, { id: token.id }, { usedAt: new Date() });
  }

  /** Unused links die with a password change: a reset mailed earlier must not undo it. */
  async revokeUnused(tx: Tx, userId: string): Promise<void> {
    await tx.delete(AccountTokenEntity, { userId, usedAt: IsNull() });
  }
}
