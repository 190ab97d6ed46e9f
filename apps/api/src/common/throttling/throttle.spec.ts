import { GUARDS_METADATA } from '@nestjs/common/constants';
import {
  emailTracker,
  PublicRouteThrottlerGuard,
  ThrottleLogin,
  ThrottlePublicForm,
} from './throttle';

describe('emailTracker', () => {
  // One counter per address however it is typed; a body without an email shares one counter.
  it.each([
    [{ email: 'Ana@Example.org' }, 'ana@example.org'],
    [{ email: '  ana@example.org\t' }, 'ana@example.org'],
    [{ email: 42 }, '(none)'],
    [{}, '(none)'],
    [undefined, '(none)'],
  ])('keys %p as %p', (body, key) => {
    expect(emailTracker({ body })).toBe(key);
  });
});

describe('throttled routes', () => {
  class Routes {
    @ThrottleLogin() login() {}
    @ThrottlePublicForm() apply() {}
    @ThrottlePublicForm(3) rare() {}
  }
  const metadata = (handler: keyof Routes, key: string): unknown =>
    Reflect.getMetadata(key, Routes.prototype[handler]);

  it('puts the login and the public forms behind the throttler guard', () => {
    for (const handler of ['login', 'apply', 'rare'] as const) {
      expect(metadata(handler, GUARDS_METADATA)).toEqual([PublicRouteThrottlerGuard]);
    }
  });

  // Expected limits: per address and per hour, never per email (a form has no login email).
  it.each([
    ['apply', 10],
    ['rare', 3],
  ] as const)('lets %s take %p per address per hour', (handler, limit) => {
    expect(metadata(handler, 'THROTTLER:LIMITper-ip')).toBe(limit);
    expect(metadata(handler, 'THROTTLER:TTLper-ip')).toBe(3_600_000);
    expect(metadata(handler, 'THROTTLER:SKIPper-email')).toBe(true);
  });

  it('keeps the login on the module-wide limits', () => {
    expect(metadata('login', 'THROTTLER:LIMITper-ip')).toBeUndefined();
    expect(metadata('login', 'THROTTLER:SKIPper-email')).toBeUndefined();
  });
});
