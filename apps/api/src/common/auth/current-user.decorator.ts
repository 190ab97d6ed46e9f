import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthUser } from './auth-user';

export type AuthenticatedRequest = Request & { user?: AuthUser };

/** The signed-in caller; only on endpoints guarded by a role rule. */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) throw new Error('CurrentUser used on an endpoint without authentication');
  return user;
});
