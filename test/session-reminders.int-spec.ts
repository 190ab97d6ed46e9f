import { getQueueToken } from '@nestjs/bullmq';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import { QUEUES, SESSION_REMINDERS_SCHEDULER_ID } from '@apprenance/jobs';
import { SessionReminders } from '../apps/worker/src/mail/session-reminders';
import { createTestApp, TestApp } from './support/app';
import { until } from './support/until';
import { startTestWorker, TestWorker } from './support/worker';

/**
 * Session reminders, written by the worker's hourly schedule from the current data, then mailed;
 * without SMTP_URL each mail lands as an .eml file.
 */
describe('session reminders', () => {
  let ctx: TestApp;
  let testWorker: TestWorker;
  let mailDir: string;
  let admin: string;

  beforeAll(async () => {
    mailDir = await mkdtemp(path.join(tmpdir(), 'apprenance-mail-'));
    ctx = await createTestApp();
    testWorker = await startTestWorker({ MAIL_DIR: mailDir }, ctx.databaseUrl);
    admin = `Bearer ${await ctx.tokenFor(await ctx.factory.user({ role: 'admin' }))}`;
  });

  afterAll(async () => {
    await testWorker.close();
    await ctx.close();
  });

  const api = () => ctx.http();
  const reminders = (now: string) => testWorker.context.get(SessionReminders).run(new Date(now));
  const remindedIds = async (cohortId: string) =>
    (
      await ctx.dataSource.query(
        `SELECT recipient_id FROM notification_outbox
          WHERE template = 'session.reminder' AND payload->>'cohortId' = $1`,
        [cohortId],
      )
    ).map((row: { recipient_id: string }) => row.recipient_id);

  it('is scheduled once, on the mail queue', async () => {
    const queue = testWorker.context.get<Queue>(getQueueToken(QUEUES.mail));
    expect((await queue.getJobSchedulers()).map((s) => s.key)).toContain(
      SESSION_REMINDERS_SCHEDULER_ID,
    );
    expect(
      (await queue.getJobSchedulers()).filter((s) => s.key === SESSION_REMINDERS_SCHEDULER_ID),
    ).toHaveLength(1);
  });

  it('reminds enrolled members the day before in the cohort’s time zone, once, and follows a moved session', async () => {
    const cohort = await ctx.factory.cohort({
      startsOn: '2027-03-01',
      endsOn: '2027-06-30',
      capacity: 6,
      timeZone: 'Europe/Paris',
    });
    const staying = await ctx.factory.placedPair(cohort.id);
    const leaving = await ctx.factory.placedPair(cohort.id);
    await api()
      .post(`/api/v1/cohorts/${cohort.id}/pairs/${leaving.id}/withdraw`)
      .set('Authorization', admin)
      .expect(200);
    const sessions = await api()
      .get(`/api/v1/cohorts/${cohort.id}/sessions`)
      .set('Authorization', admin)
      .expect(200);
    const session = sessions.body[0];
    const move = (date: string) =>
      api()
        .patch(`/api/v1/cohorts/${cohort.id}/sessions/${session.id}`)
        .set('Authorization', admin)
        .send({ date, startTime: '09:00', endTime: '12:30' })
        .expect(200);
    await move('2027-03-16');
    await api()
      .post(`/api/v1/cohorts/${cohort.id}/status`)
      .set('Authorization', admin)
      .send({ status: 'open' })
      .expect(200);

    // 09:00 in Paris on the 15th is 08:00 UTC.
    expect(await reminders('2027-03-15T07:30:00Z')).toBe(0);
    expect(await reminders('2027-03-15T08:05:00Z')).toBe(2);
    expect(await reminders('2027-03-15T09:05:00Z')).toBe(0);
    expect((await remindedIds(cohort.id)).sort()).toEqual([...staying.members].sort());

    // Moved to the 18th: reminded again, on the 17th.
    await move('2027-03-18');
    expect(await reminders('2027-03-16T08:05:00Z')).toBe(0);
    expect(await reminders('2027-03-17T08:05:00Z')).toBe(2);
    expect(await remindedIds(cohort.id)).toHaveLength(4);

    // Mailed like any message: without SMTP_URL, as .eml files (beside the enrolment mails).
    const reminderMails = async () => {
      const files = await readdir(mailDir);
      const mails = await Promise.all(files.map((f) => readFile(path.join(mailDir, f), 'utf8')));
      return mails.filter((mail) => /^Subject: \[Apprenance\] Demain : /m.test(mail));
    };
    await until(async () => (await reminderMails()).length === 4);
  });
});
