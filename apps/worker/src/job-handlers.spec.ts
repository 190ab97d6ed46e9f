import { QUEUES } from '@apprenance/jobs';
import { assertEveryJobHandled } from './job-handlers';

describe('assertEveryJobHandled', () => {
  it('accepts a processor with a handler for every job of its queue', () => {
    expect(() =>
      assertEveryJobHandled(QUEUES.maintenance, { heartbeat: async () => ({}) }),
    ).not.toThrow();
  });

  it('refuses to start a processor missing a handler, naming the job', () => {
    expect(() => assertEveryJobHandled(QUEUES.maintenance, {})).toThrow(/maintenance.*heartbeat/);
  });
});
