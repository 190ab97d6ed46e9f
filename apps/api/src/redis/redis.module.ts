import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@apprenance/config';
import Redis from 'ioredis';
import { APP_CONFIG } from '../config/config.module';

export const REDIS = Symbol('REDIS');

/** One shared ioredis client for health checks and rate limiting (BullMQ keeps its own). */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        // Every key this client writes is namespaced, so that deployments and test runs can share a Redis.
        new Redis(config.REDIS_URL, {
          keyPrefix: `${config.REDIS_PREFIX}:`,
          // While Redis is away a command waits for at most one reconnection attempt, at most
          // a second apart, then fails (a 503): a request must not hang on it.
          maxRetriesPerRequest: 1,
          retryStrategy: (attempt) => Math.min(attempt * 100, 1_000),
        }),
    },
  ],
  exports: [REDIS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
