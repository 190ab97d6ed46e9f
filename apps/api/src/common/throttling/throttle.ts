import { applyDecorators, Injectable, UseGuards } from '@nestjs/common';
import { SkipThrottle, Throttle, ThrottlerGuard } from '@nestjs/throttler';

/** Throttler names, configured in ThrottlingModule. */
export const PER_IP = 'per-ip';
export const PER_EMAIL = 'per-email';

/** Only routes that opt in are throttled: the login and the public forms. */
@Injectable()
export class PublicRouteThrottlerGuard extends ThrottlerGuard {}

/** Login: limited per client address and per email tried. */
export const ThrottleLogin = () => applyDecorators(UseGuards(PublicRouteThrottlerGuard));

/** A form anyone may post (e.g. a pair's application): a few per address per hour. */
export const ThrottlePublicForm = (perHour = 10) =>
  applyDecorators(
    UseGuards(PublicRouteThrottlerGuard),
    SkipThrottle({ [PER_EMAIL]: true }),
    Throttle({ [PER_IP]: { limit: perHour, ttl: 3_600_000 } }),
  );

/** The email a login attempt is for, normalised, as the per-email throttle key. */
export function emailTracker(request: Record<string, unknown>): string {
  const body = request.body as { email?: unknown } | undefined;
  return typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '(none)';
}
