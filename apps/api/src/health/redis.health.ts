import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import Redis from 'ioredis';
import { REDIS } from '../redis/redis.module';

@Injectable()
export class RedisHealthIndicator {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly indicator: HealthIndicatorService,
  ) {}

  async isHealthy(key: string) {
    const check = this.indicator.check(key);
    try {
      const started = Date.now();
      const answer = await Promise.race([
        this.redis.ping(),
        new Promise<string>((_, reject) => setTimeout(() => reject(new Error('timeout')), 1_000)),
      ]);
      if (answer !== 'PONG') return check.down({ message: `unexpected answer ${answer}` });
      return check.up({ latencyMs: Date.now() - started });
    } catch (error) {
      return check.down({ message: (error as Error).message });
    }
  }
}
