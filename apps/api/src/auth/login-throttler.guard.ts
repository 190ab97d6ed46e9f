import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';

/** Applies the `login-ip` and `login-email` throttlers to the login route only. */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {}

/** The email a login attempt is for, normalised, as the per-email throttle key. */
export function loginEmailTracker(request: Record<string, unknown>): string {
  const body = request.body as { email?: unknown } | undefined;
  return typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '(none)';
}
