import { Global, Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { AppConfig } from '@apprenance/config';
import Redis from 'ioredis';
import { APP_CONFIG } from '../../config/config.module';
import { REDIS } from '../../redis/redis.module';
import { emailTracker, PER_EMAIL, PER_IP } from './throttle';

@Global()
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, REDIS],
      useFactory: (config: AppConfig, redis: Redis) => ({
        throttlers: [
          { name: PER_IP, ttl: 60_000, limit: config.LOGIN_MAX_PER_IP_PER_MINUTE },
          {
            name: PER_EMAIL,
            ttl: 15 * 60_000,
            limit: config.LOGIN_MAX_PER_EMAIL_PER_15_MINUTES,
            getTracker: emailTracker,
          },
        ],
        // Counted in Redis so that every api instance shares the same counters.
        storage: new ThrottlerStorageRedisService(redis),
      }),
    }),
  ],
  exports: [ThrottlerModule],
})
export class ThrottlingModule {}
