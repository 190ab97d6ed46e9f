import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { Queue, QueueEvents } from 'bullmq';
import type { ParsedMail } from 'mailparser';
import { QUEUES, redisConnection } from '@apprenance/jobs';
import { MailSender } from '../apps/worker/src/mail/mail-sender';
import { createTestApp, TestApp } from './support/app';
import { requireTestEnv } from './support/env';
import { startSmtpServer, TestSmtpServer } from './support/smtp';
import { until } from './support/until';
import { startTestWorker, TestWorker } from './support/worker';

const MAIL_FROM = 'Apprenance test <platform@apprenance.test>';
const NEW_PASSWORD = 'a long and private sentence';

/**
 * Mail delivery end to end: the api writes notification rows and their mail jobs, a real worker
 * on the same database relays and sends them to a real SMTP server running in this test, and
 * the test reads what the server received.
 */
describe('mail delivery: notification_outbox → worker → SMTP', () => {
  let smtp: TestSmtpServer;
  let ctx: TestApp;
  let testWorker: TestWorker;
  let worker: INestApplicationContext;
  let admin: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    const env = { SMTP_URL: smtp.url, MAIL_FROM, PLATFORM_NAME: 'Apprenance test' };
    ctx = await createTestApp({ env });
    testWorker = await startTestWorker(env, ctx.databaseUrl);
    worker = testWorker.context;
    admin = `Bearer ${await ctx.tokenFor(await ctx.factory.user({ role: 'admin' }))}`;
  });

  afterAll(async () => {
    await testWorker.close();
    await ctx.close();
    await smtp.close();
  });

  const api = () => ctx.http();
  const linkToken = (mail: ParsedMail) => {
    const match = /token=([^\s"&<]+)/.exec(mail.text ?? '');
    if (!match) throw new Error(`No link in "${mail.subject}"`);
    return decodeURIComponent(match[1]);
  };
  const notificationRow = async (recipientId: string, template: string) => {
    const [row] = await ctx.dataSource.query(
      `SELECT id, status, attempts, last_error FROM notification_outbox
        WHERE recipient_id = $1 AND template = $2`,
      [recipientId, template],
    );
    return row as { id: string; status: string; attempts: number; last_error: string | null };
  };

  /** What each person should receive, in their language: the expected words, not the code's. */
  const EXPECTED: Record<'fr' | 'en', { subjects: RegExp[]; greeting: string; html: string }> = {
    fr: {
      subjects: [
        /Votre compte Apprenance vous attend/,
        /Liste d’attente/,
        /Une place s’est libérée/,
      ],
      greeting: 'Bonjour Camille Fr,',
      html: 'lang="fr"',
    },
    en: {
      subjects: [/Your Apprenance account is waiting for you/, /Waitlist/, /A seat freed up/],
      greeting: 'Hello Alex En,',
      html: 'lang="en"',
    },
  };

  it('mails invitation, waitlist and promotion in each person’s language, once each', async () => {
    const cohort = await ctx.factory.cohort({ capacity: 6 });
    const enrolled = [];
    for (let i = 0; i < 3; i += 1) enrolled.push(await ctx.factory.placedPair(cohort.id));
    const territory = await ctx.factory.territory();
    const create = (locale: 'fr' | 'en', displayName: string, kind: string) =>
      api()
        .post('/api/v1/users')
        .set('Authorization', admin)
        .send({
          email: `${locale}-${Date.now()}@people.test`,
          displayName,
          locale,
          role: 'participant',
          kind,
          territoryId: territory.id,
          position: 'Maire',
        })
        .expect(201)
        .then((r) => r.body as { id: string; email: string; locale: 'fr' | 'en' });
    const people = [
      await create('fr', 'Camille Fr', 'political'),
      await create('en', 'Alex En', 'technical'),
    ];

    // Invitation → activation, in each language.
    for (const person of people) {
      const [invitation] = await smtp.messagesTo(person.email, 1);
      const activated = await api()
        .post('/api/v1/auth/activate')
        .send({ token: linkToken(invitation), password: NEW_PASSWORD })
        .expect(200);
      await api()
        .get('/api/v1/auth/me')
        .set('Authorization', `Bearer ${activated.body.accessToken}`)
        .expect(200);
    }

    // Enrolment of a full cohort: waitlisted; a withdrawal promotes the pair.
    const pair = await api()
      .post(`/api/v1/cohorts/${cohort.id}/pairs`)
      .set('Authorization', admin)
      .send({ politicalId: people[0].id, technicalId: people[1].id })
      .expect(201);
    expect(pair.body.status).toBe('waitlisted');
    await api()
      .post(`/api/v1/cohorts/${cohort.id}/pairs/${enrolled[0].id}/withdraw`)
      .set('Authorization', admin)
      .expect(200);

    for (const person of people) {
      const mails = await smtp.messagesTo(person.email, 3);
      const expected = EXPECTED[person.locale];
      expect(mails).toHaveLength(3);
      mails.forEach((mail, i) => {
        expect(mail.subject).toMatch(expected.subjects[i]);
        expect(mail.subject).toMatch(/^\[Apprenance test\] /);
        expect(mail.from?.value).toEqual([
          { name: 'Apprenance test', address: 'platform@apprenance.test' },
        ]);
        expect(mail.messageId).toMatch(/^<notification-\d+@127\.0\.0\.1>$/);
        expect(mail.headers.get('content-language')).toBe(person.locale);
        expect(mail.text).toContain(expected.greeting);
        expect(mail.html).toContain(expected.html);
        expect(mail.text).toContain('http://127.0.0.1:3000/#/');
      });
      expect(new Set(mails.map((m) => m.messageId)).size).toBe(3);
      // Nobody else's name or address in a person's mail.
      const other = people.find((p) => p !== person);
      expect(mails.some((m) => m.text?.includes(other?.email ?? '-'))).toBe(false);
    }
    const row = await notificationRow(people[0].id, 'account.invitation');
    expect(row.status).toBe('sent');
    // The link's secret is kept only until it is mailed.
    const [{ payload }] = await ctx.dataSource.query(
      `SELECT payload FROM notification_outbox WHERE id = $1`,
      [row.id],
    );
    expect(payload).toEqual({ validFor: '7d' });
  });

  it('mails nobody a category they turned off, but always their account messages', async () => {
    const cohort = await ctx.factory.cohort({ capacity: 6 });
    const { political, technical } = await ctx.factory.pairMembers();
    const auth = `Bearer ${await ctx.tokenFor(political)}`;
    const refused = await api()
      .put('/api/v1/auth/preferences')
      .set('Authorization', auth)
      .send({ emailOptOut: ['security'] });
    expect(refused.status).toBe(400);
    const set = await api()
      .put('/api/v1/auth/preferences')
      .set('Authorization', auth)
      .send({ emailOptOut: ['enrolment'], locale: 'en' })
      .expect(200);
    expect(set.body).toEqual({ locale: 'en', emailOptOut: ['enrolment'] });

    await api()
      .post(`/api/v1/cohorts/${cohort.id}/pairs`)
      .set('Authorization', admin)
      .send({ politicalId: political.id, technicalId: technical.id })
      .expect(201);
    await smtp.messagesTo(technical.email, 1);
    await until(
      async () => (await notificationRow(political.id, 'pair.enrolled')).status === 'skipped',
    );
    await api().post('/api/v1/auth/password-reset').send({ email: political.email }).expect(202);
    const [reset] = await smtp.messagesTo(political.email, 1);
    expect(reset.subject).toMatch(/Reset your password/);
    expect(await smtp.messagesTo(political.email, 1)).toHaveLength(1);
  });

  it('sends nothing for a job that runs again after its message was sent', async () => {
    const person = await ctx.factory.user({ locale: 'en' });
    await api().post('/api/v1/auth/password-reset').send({ email: person.email }).expect(202);
    await smtp.messagesTo(person.email, 1);
    const row = await notificationRow(person.id, 'account.password_reset');
    await until(
      async () => (await notificationRow(person.id, 'account.password_reset')).status === 'sent',
    );

    const connection = redisConnection(requireTestEnv('redisUrl'));
    const prefix = `${testWorker.prefix}:bull`;
    const events = new QueueEvents(QUEUES.mail, { connection, prefix });
    try {
      await events.waitUntilReady();
      const queue = worker.get<Queue>(getQueueToken(QUEUES.mail));
      const again = await queue.add(
        'mail',
        { notificationId: row.id },
        { jobId: `again-${row.id}` },
      );
      expect(await again.waitUntilFinished(events, 15_000)).toEqual({ outcome: 'already_sent' });
    } finally {
      await events.close();
    }
    expect(await smtp.messagesTo(person.email, 1)).toHaveLength(1);
  });

  it('resends after a crash between the SMTP acceptance and the status write with the same Message-ID', async () => {
    const person = await ctx.factory.user({ locale: 'fr' });
    await api().post('/api/v1/auth/password-reset').send({ email: person.email }).expect(202);
    const [first] = await smtp.messagesTo(person.email, 1);
    const row = await notificationRow(person.id, 'account.password_reset');
    await until(
      async () => (await notificationRow(person.id, 'account.password_reset')).status === 'sent',
    );
    // What a crash before the commit leaves: the server has the message, the row is pending.
    await ctx.dataSource.query(
      `UPDATE notification_outbox SET status = 'pending', sent_at = NULL WHERE id = $1`,
      [row.id],
    );
    await worker.get(MailSender).deliver(row.id, { final: false });
    const [, resent] = await smtp.messagesTo(person.email, 2);
    expect(resent.messageId).toBe(first.messageId);
    expect(resent.subject).toBe(first.subject);
  });

  it('ends an SMTP outage in failed, keeps the error, and sends on an admin retry', async () => {
    const person = await ctx.factory.user({ locale: 'en' });
    smtp.refusing = true;
    try {
      await api().post('/api/v1/auth/password-reset').send({ email: person.email }).expect(202);
      // The worker's first attempt fails and leaves the message pending, its retries scheduled.
      await until(
        async () => (await notificationRow(person.id, 'account.password_reset')).attempts > 0,
      );
      const row = await notificationRow(person.id, 'account.password_reset');
      expect(row).toMatchObject({ status: 'pending', attempts: 1 });
      expect(row.last_error).toMatch(/Mailbox busy/);
      // The last attempt (run here rather than after minutes of backoff) marks it failed.
      await expect(worker.get(MailSender).deliver(row.id, { final: true })).rejects.toThrow(
        /Mailbox busy/,
      );
      expect(await notificationRow(person.id, 'account.password_reset')).toMatchObject({
        status: 'failed',
        attempts: 2,
      });
      const failed = await api()
        .get('/api/v1/messages?status=failed')
        .set('Authorization', admin)
        .expect(200);
      expect(failed.body.map((m: { id: string }) => m.id)).toContain(row.id);
    } finally {
      smtp.refusing = false;
    }
    const row = await notificationRow(person.id, 'account.password_reset');
    await api().post(`/api/v1/messages/${row.id}/retry`).set('Authorization', admin).expect(204);
    const [mail] = await smtp.messagesTo(person.email, 1);
    expect(mail.subject).toMatch(/Reset your password/);
    await until(
      async () => (await notificationRow(person.id, 'account.password_reset')).status === 'sent',
    );
    // A sent message cannot be retried.
    const again = await api().post(`/api/v1/messages/${row.id}/retry`).set('Authorization', admin);
    expect(again.status).toBe(422);
    expect(again.body.reason).toBe('message.not_failed');
  });
});
