import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Role } from '@apprenance/db';
import { AuthenticatedRequest } from '../common/auth/current-user.decorator';
import { PUBLIC_KEY, ROLES_KEY } from '../common/auth/roles.decorator';
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
    if (!roles?.length) throw new ForbiddenException('This endpoint has no access rule.');

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const claims = await this.verify(request.headers.authorization);
    const user = await this.users.findById(claims.sub);
    if (!user || !user.isActive) throw new UnauthorizedException('The account is not active.');
    request.user = { id: user.id, role: user.role, email: user.email };
    if (!roles.includes(user.role)) {
      throw new ForbiddenException('Your role does not allow this action.');
    }
    return true;
  }

  private async verify(header: string | undefined): Promise<TokenClaims> {
    const match = /^Bearer (\S+)$/i.exec(header ?? '');
    if (!match) throw new UnauthorizedException('A bearer token is required.');
    try {
      return await this.jwt.verifyAsync<TokenClaims>(match[1]);
    } catch {
      throw new UnauthorizedException('The token is invalid or has expired.');
    }
  }
}
