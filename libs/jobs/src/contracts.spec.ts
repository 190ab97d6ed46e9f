import { jobOptions, jobsOfQueue, QUEUES } from './contracts';
import { redisConnection } from './redis-connection';

describe('job contracts', () => {
  it('derives the job id from the entity so a repeated enqueue is a no-op', () => {
    expect(jobOptions('heartbeat', 'abc').jobId).toBe('heartbeat-abc');
  });

  it('lists the jobs of a queue', () => {
    expect(jobsOfQueue(QUEUES.maintenance)).toEqual(['heartbeat']);
  });
});

describe('redisConnection', () => {
  it('reads host, port, credentials, db and tls from a URL', () => {
    expect(redisConnection('rediss://user:p%40ss@cache.example:6380/2')).toEqual({
      host: 'cache.example',
      port: 6380,
      username: 'user',
      password: 'p@ss',
      db: 2,
      tls: {},
    });
    expect(redisConnection('redis://127.0.0.1')).toEqual({ host: '127.0.0.1', port: 6379, db: 0 });
  });
});
