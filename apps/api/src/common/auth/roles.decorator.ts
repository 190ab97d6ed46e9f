import { SetMetadata } from '@nestjs/common';
import type { Role } from '@apprenance/db';

export const ROLES_KEY = 'apprenance:roles';
export const PUBLIC_KEY = 'apprenance:public';

/** Who may call an endpoint. Every handler carries either @Roles(...) or @Public(). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** An endpoint anyone may call without a token (login, health, public commons). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Any signed-in user, whatever their role. */
export const AnyRole = () => Roles('admin', 'trainer', 'participant');
