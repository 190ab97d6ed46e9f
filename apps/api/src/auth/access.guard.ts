import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Role } from '@apprenance/db';
import { AuthenticatedRequest } from '../common/auth/current-user.decorator';
import { PUBLIC_KEY, ROLES_KEY } from '../common/auth/roles.decorator';
import { DomainError } from '../common/problem/domain-error';
import { UsersRepository } from '../users/users.repository';
import { TokenClaims } from './auth.service';

/**
 * Deny by default: a handler must be marked @Public() or carry @Roles(...). The token is
 * checked, then the account is re-read so that a deactivated user or a changed role takes
 * effect at once rather than when the token expires.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly users: UsersRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles?.length)
      throw new DomainError('auth.no_access_rule', 'This endpoint has no access rule.');

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const claims = await this.verify(request.headers.authorization);
    const user = await this.users.accountState(claims.sub);
    if (!user || !user.isActive)
      throw new DomainError('auth.account_inactive', 'The account is not active.');
    if (claims.ver !== user.tokenVersion) {
      throw new DomainError('auth.token_revoked', 'This session was closed; sign in again.');
    }
    request.user = { id: user.id, role: user.role, email: user.email };
    if (!roles.includes(user.role)) {
      throw new DomainError('auth.role_forbidden', 'Your role does not allow this action.');
    }
    return true;
  }

  private async verify(header: string | undefined): Promise<TokenClaims> {
    const match = /^Bearer (\S+)$/i.exec(header ?? '');
    if (!match) throw new DomainError('auth.token_required', 'A bearer token is required.');
    try {
      return await this.jwt.verifyAsync<TokenClaims>(match[1]);
    } catch {
      throw new DomainError('auth.token_invalid', 'The token is invalid or has expired.');
    }
  }
}
