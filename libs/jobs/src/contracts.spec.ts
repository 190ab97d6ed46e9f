import { jobId, jobOptions, jobsOfQueue, QUEUES } from './contracts';
import { redisConnection } from './redis-connection';

describe('job contracts', () => {
  it('derives the job id from the entity so a repeated enqueue is a no-op', () => {
    expect(jobOptions('heartbeat', 'abc').jobId).toBe('heartbeat-abc');
  });

  it.each([
    ['3f2b8c1e-0d4a-4c7e-9a61-2b5e8f0c7d19', true],
    ['42', true],
    ['pair_7.3m', true],
    ['a:b', false],
    ['', false],
    ['x'.repeat(201), false],
    ['café', false],
  ])('accepts entity id %p as part of a job id: %p', (entityId, accepted) => {
    const derive = () => jobId('heartbeat', entityId);
    if (accepted) expect(derive()).toBe(`heartbeat-${entityId}`);
    else expect(derive).toThrow(/entity id/);
  });

  it('lists the jobs of a queue', () => {
    expect(jobsOfQueue(QUEUES.maintenance)).toEqual(['heartbeat']);
    expect(jobsOfQueue(QUEUES.mail)).toEqual(['mail', 'session-reminders', 'impact-reminders']);
    expect(jobsOfQueue(QUEUES.certificates)).toEqual(['certificate']);
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
