import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Role, UserEntity } from '@apprenance/db';
import { Public, Roles } from '../common/auth/roles.decorator';
import { DomainError } from '../common/problem/domain-error';
import type { UsersRepository } from '../users/users.repository';
import { AccessGuard } from './access.guard';

/**
 * The guard's decisions, fast enough for the mutation run. The accounts are a map rather than
 * the database: what is tested is how the guard reads them (HTTP tests cover the real thing).
 */
class Handlers {
  @Public() open() {}
  @Roles('admin', 'trainer') staff() {}
  unruled() {}
}
@Roles('participant')
class ParticipantHandlers {
  inherits() {}
  @Roles('admin') overrides() {}
}

const jwt = new JwtService({ secret: 'unit-test-secret' });
const accounts = new Map<string, Pick<UserEntity, 'id' | 'role' | 'email' | 'isActive'>>();
const account = (id: string, role: Role, isActive = true) =>
  accounts.set(id, { id, role, email: `${id}@example.org`, isActive });
account('admin', 'admin');
account('trainer', 'trainer');
account('participant', 'participant');
account('inactive', 'admin', false);

const users = { accountState: async (id: string) => accounts.get(id) ?? null };
const guard = new AccessGuard(new Reflector(), jwt, users as unknown as UsersRepository);

async function decide(
  type: new () => object,
  handler: string,
  authorization?: string,
): Promise<{ reason: string } | { user: unknown }> {
  const request: { headers: { authorization?: string }; user?: unknown } = {
    headers: { authorization },
  };
  const context = {
    getHandler: () => (type.prototype as Record<string, unknown>)[handler],
    getClass: () => type,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
  try {
    expect(await guard.canActivate(context)).toBe(true);
    return { user: request.user };
  } catch (error) {
    if (error instanceof DomainError) return { reason: error.reason };
    throw error;
  }
}

const bearer = async (sub: string, role: Role = 'admin') =>
  `Bearer ${await jwt.signAsync({ sub, role })}`;

describe('AccessGuard', () => {
  it('lets anyone through a public handler, without looking at a token', async () => {
    expect(await decide(Handlers, 'open')).toEqual({ user: undefined });
    expect(await decide(Handlers, 'open', 'Bearer garbage')).toEqual({ user: undefined });
  });

  it('denies a handler without a rule, even to an admin', async () => {
    expect(await decide(Handlers, 'unruled', await bearer('admin'))).toEqual({
      reason: 'auth.no_access_rule',
    });
  });

  // Expected decision for each header on @Roles('admin', 'trainer').
  it.each([
    [undefined, 'auth.token_required'],
    ['Basic abc', 'auth.token_required'],
    ['Bearer', 'auth.token_required'],
    ['Bearer two words', 'auth.token_required'],
    ['xBearer abc', 'auth.token_required'],
    ['Bearer not.a.jwt', 'auth.token_invalid'],
  ])('refuses the header %p with %s', async (header, reason) => {
    expect(await decide(Handlers, 'staff', header)).toEqual({ reason });
  });

  it('refuses a token signed with another secret', async () => {
    const forged = await new JwtService({ secret: 'other' }).signAsync({ sub: 'admin' });
    expect(await decide(Handlers, 'staff', `Bearer ${forged}`)).toEqual({
      reason: 'auth.token_invalid',
    });
  });

  it('reads the role from the account, not from the token', async () => {
    expect(await decide(Handlers, 'staff', await bearer('participant', 'admin'))).toEqual({
      reason: 'auth.role_forbidden',
    });
  });

  it('refuses an unknown or deactivated account', async () => {
    for (const sub of ['nobody', 'inactive']) {
      expect(await decide(Handlers, 'staff', await bearer(sub))).toEqual({
        reason: 'auth.account_inactive',
      });
    }
  });

  it('admits the listed roles and puts the account on the request', async () => {
    expect(await decide(Handlers, 'staff', await bearer('trainer'))).toEqual({
      user: { id: 'trainer', role: 'trainer', email: 'trainer@example.org' },
    });
    expect(
      await decide(Handlers, 'staff', `bearer ${await jwt.signAsync({ sub: 'admin' })}`),
    ).toMatchObject({ user: { id: 'admin' } });
  });

  it('takes the class rule, overridden by the handler rule', async () => {
    expect(await decide(ParticipantHandlers, 'inherits', await bearer('participant'))).toEqual({
      user: expect.objectContaining({ role: 'participant' }),
    });
    expect(await decide(ParticipantHandlers, 'overrides', await bearer('participant'))).toEqual({
      reason: 'auth.role_forbidden',
    });
  });
});
