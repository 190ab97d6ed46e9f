import { createTestApp, TestApp } from '../../../../test/support/app';
import { TransactionRunner } from '../common/database/transaction';
import { UsersRepository } from '../users/users.repository';
import { UsersService } from '../users/users.service';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';

describe('audit log and transactions', () => {
  let ctx: TestApp;

  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  const count = async (sql: string, params: unknown[] = []) =>
    (await ctx.dataSource.query(sql, params))[0].n as number;

  it('leaves no audit row when the change it describes fails', async () => {
    const before = await count('SELECT count(*)::int AS n FROM audit_log');
    const failing = ctx.app.get(TransactionRunner).run(async (tx) => {
      await ctx.app
        .get(AuditService)
        .record(tx, null, { action: 'user.create', entityType: 'user', entityId: 'x' });
      // Violates ck_users_email_lowercase: the database refuses the change itself.
      await ctx.app.get(UsersRepository).insert(tx, {
        email: 'UPPER@EXAMPLE.ORG',
        displayName: 'Upper',
        locale: 'fr',
        role: 'trainer',
        passwordHash: 'x',
        isActive: true,
        kind: null,
        territoryId: null,
        position: null,
      });
    });
    await expect(failing).rejects.toThrow(/ck_users_email_lowercase/);
    expect(await count('SELECT count(*)::int AS n FROM audit_log')).toBe(before);
  });

  it('leaves no change when its audit row cannot be written', async () => {
    const insert = jest
      .spyOn(ctx.app.get(AuditRepository), 'insert')
      .mockImplementationOnce(async (tx, row) => {
        await tx.query('SELECT 1'); // the change is already in the transaction at this point
        throw new Error(`audit failed for ${row.entityType}`);
      });
    const create = ctx.app.get(UsersService).create(null, {
      email: 'rollback@example.org',
      displayName: 'Rollback',
      role: 'trainer',
      password: 'a long enough password',
    });
    await expect(create).rejects.toThrow('audit failed for user');
    expect(insert).toHaveBeenCalledTimes(1);
    expect(
      await count(`SELECT count(*)::int AS n FROM users WHERE email = 'rollback@example.org'`),
    ).toBe(0);
  });
});
