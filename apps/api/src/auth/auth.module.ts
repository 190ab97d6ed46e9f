import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { AppConfig, durationMs } from '@apprenance/config';
import Redis from 'ioredis';
import { APP_CONFIG } from '../config/config.module';
import { REDIS } from '../redis/redis.module';
import { UsersModule } from '../users/users.module';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { loginEmailTracker } from './login-throttler.guard';

@Module({
  imports: [
    UsersModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.JWT_SECRET,
        signOptions: {
          expiresIn: Math.floor(durationMs(config.JWT_TTL) / 1000),
          algorithm: 'HS256',
        },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, REDIS],
      useFactory: (config: AppConfig, redis: Redis) => ({
        throttlers: [
          { name: 'login-ip', ttl: 60_000, limit: config.LOGIN_MAX_PER_IP_PER_MINUTE },
          {
            name: 'login-email',
            ttl: 15 * 60_000,
            limit: config.LOGIN_MAX_PER_EMAIL_PER_15_MINUTES,
            getTracker: loginEmailTracker,
          },
        ],
        // Counted in Redis so that every api instance shares the same counters.
        storage: new ThrottlerStorageRedisService(redis),
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, { provide: APP_GUARD, useClass: AccessGuard }],
})
export class AuthModule {}
