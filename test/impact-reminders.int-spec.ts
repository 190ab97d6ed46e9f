import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { IMPACT_REMINDERS_SCHEDULER_ID, QUEUES } from '@apprenance/jobs';
import { ImpactReminders } from '../apps/worker/src/mail/impact-reminders';
import { createTestApp, TestApp } from './support/app';
import { endCohort, parisDayAgo } from './support/impact';
import { cohortWithPairs } from './support/prototypes';
import { until } from './support/until';
import { startTestWorker, startWorkerContext, TestWorker } from './support/worker';

/**
 * Conviction and follow-up reminders, written by the worker's hourly job scheduler from the
 * current data: one message per person and subject, however often it runs.
 */
describe('impact reminders', () => {
  let ctx: TestApp;
  let testWorker: TestWorker;

  beforeAll(async () => {
    ctx = await createTestApp();
    testWorker = await startTestWorker({}, ctx.databaseUrl);
  });

  afterAll(async () => {
    await testWorker.close();
    await ctx.close();
  });

  const run = (now: string) => testWorker.context.get(ImpactReminders).run(new Date(now));
  const messages = async (template: string, cohortId: string) =>
    (
      await ctx.dataSource.query(
        `SELECT recipient_id, payload->>'milestone' AS milestone FROM notification_outbox
          WHERE template = $1 AND payload->>'cohortId' = $2 ORDER BY id`,
        [template, cohortId],
      )
    ).map((row: { recipient_id: string; milestone: string | null }) =>
      row.milestone ? `${row.milestone}:${row.recipient_id}` : row.recipient_id,
    );

  it('keeps one scheduler even when a second worker upserts it', async () => {
    const second = await startWorkerContext(ctx.databaseUrl, testWorker.prefix);
    try {
      const queue = testWorker.context.get<Queue>(getQueueToken(QUEUES.mail));
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.filter((s) => s.key === IMPACT_REMINDERS_SCHEDULER_ID)).toEqual([
        expect.objectContaining({ name: 'impact-reminders', pattern: '2 * * * *' }),
      ]);
    } finally {
      await second.close();
    }
  });

  it.each([
    // end date (Paris), milestone, not yet (UTC), due (UTC): month end and change of hour
    ['2026-11-30', 3, '2027-02-27T22:59:00Z', '2027-02-27T23:00:00Z'],
    ['2026-11-30', 6, '2027-05-29T21:59:00Z', '2027-05-29T22:00:00Z'],
    ['2026-12-15', 12, '2027-12-14T22:59:00Z', '2027-12-14T23:00:00Z'],
  ])(
    'writes the follow-up of a cohort ended %s at %i months once, at local midnight',
    async (endsOn, milestone, before, due) => {
      const cohort = await cohortWithPairs(ctx, 2);
      await endCohort(ctx, cohort.id, endsOn);
      const members = cohort.pairs.flatMap((p) => [p.political.id, p.technical.id]);
      await run(before);
      const at = (list: string[]) => list.filter((m) => m.startsWith(`${milestone}:`));
      expect(at(await messages('follow_up.due', cohort.id))).toEqual([]);
      await run(due);
      await run(due);
      expect(at(await messages('follow_up.due', cohort.id)).sort()).toEqual(
        members.map((id) => `${milestone}:${id}`).sort(),
      );
    },
  );

  it('stops asking a pair once it recorded the milestone, and after 30 days', async () => {
    const cohort = await cohortWithPairs(ctx, 2);
    await endCohort(ctx, cohort.id, '2026-12-15');
    const [answered] = cohort.pairs;
    await ctx.dataSource.query(
      `INSERT INTO strategy_follow_ups (cohort_id, pair_id, milestone, status, funding_secured)
       VALUES ($1, $2, 3, 'adopted', false)`,
      [cohort.id, answered.id],
    );
    // 3 months after 15 December is 15 March, midnight in Paris (23:00 UTC the day before).
    await run('2027-04-13T21:59:00Z');
    expect(await messages('follow_up.due', cohort.id)).toHaveLength(2);
    const late = await cohortWithPairs(ctx, 1);
    await endCohort(ctx, late.id, '2026-12-15');
    await run('2027-04-13T22:00:00Z');
    expect(await messages('follow_up.due', late.id)).toEqual([]);
  });

  it('asks for the conviction before the training and after it, once each', async () => {
    const cohort = await cohortWithPairs(ctx, 1, { startsOn: '2030-03-04' });
    await ctx.dataSource.query(`UPDATE cohorts SET status = 'open' WHERE id = $1`, [cohort.id]);
    const [pair] = cohort.pairs;
    await ctx.dataSource.query(
      `INSERT INTO conviction_answers (cohort_id, participant_id, moment, collective_intelligence, free_software, civic_tech)
       VALUES ($1, $2, 'before', 3, 3, 3)`,
      [cohort.id, pair.political.id],
    );
    await run('2030-01-10T10:00:00Z');
    await run('2030-01-10T11:00:00Z');
    expect(await messages('conviction.before', cohort.id)).toEqual([pair.technical.id]);
    await endCohort(ctx, cohort.id, '2030-03-08');
    await run('2030-03-07T22:59:00Z');
    expect(await messages('conviction.after', cohort.id)).toEqual([]);
    await run('2030-03-07T23:00:00Z');
    expect((await messages('conviction.after', cohort.id)).sort()).toEqual(
      [pair.political.id, pair.technical.id].sort(),
    );
  });

  it('runs through the real queue: two runs of the job, one message per person', async () => {
    const cohort = await cohortWithPairs(ctx, 1);
    await endCohort(ctx, cohort.id, parisDayAgo(3, 2));
    const queue = testWorker.context.get<Queue>(getQueueToken(QUEUES.mail));
    for (const round of [1, 2]) {
      const job = await queue.add('impact-reminders', { requestedAt: `round-${round}` });
      await until(async () => (await queue.getJobState(job.id as string)) === 'completed');
    }
    const [pair] = cohort.pairs;
    expect((await messages('follow_up.due', cohort.id)).sort()).toEqual(
      [`3:${pair.political.id}`, `3:${pair.technical.id}`].sort(),
    );
  });
});
