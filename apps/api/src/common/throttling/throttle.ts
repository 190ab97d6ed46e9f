import { applyDecorators, ExecutionContext, Injectable, UseGuards } from '@nestjs/common';
import {
  SkipThrottle,
  Throttle,
  ThrottlerException,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
} from '@nestjs/throttler';

/** Throttler names, configured in ThrottlingModule. */
export const PER_IP = 'per-ip';
export const PER_EMAIL = 'per-email';

/** A throttled request, with the seconds until the limit that blocked it lets go. */
export class RetryLaterException extends ThrottlerException {
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

/** Only routes that opt in are throttled: the login and the public forms. */
@Injectable()
export class PublicRouteThrottlerGuard extends ThrottlerGuard {
  /**
   * The login's limits last a minute per address but fifteen per email: `Retry-After` must
   * say how long the limit that blocked this request still holds, not a fixed minute.
   */
  protected override throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw new RetryLaterException(Math.max(1, Math.ceil(detail.timeToBlockExpire)));
  }
}

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
