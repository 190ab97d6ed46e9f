import { InjectQueue, Processor } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import {
  IMPACT_REMINDERS_SCHEDULER_ID,
  JobName,
  QUEUES,
  SESSION_REMINDERS_SCHEDULER_ID,
} from '@apprenance/jobs';
import { Queue } from 'bullmq';
import { assertEveryJobHandled, JobHandlers } from '../job-handlers';
import { OutboxProcessor } from '../jobs/outbox-processor';
import { WorkerJobOutbox } from '../jobs/worker-job-outbox.repository';
import { ImpactReminders } from './impact-reminders';
import { MailSender } from './mail-sender';
import { SessionReminders } from './session-reminders';

type MailJob = Extract<JobName, 'mail' | 'session-reminders' | 'impact-reminders'>;

@Processor(QUEUES.mail)
export class MailProcessor extends OutboxProcessor<MailJob> implements OnApplicationBootstrap {
  protected readonly handlers: JobHandlers<MailJob> = {
    mail: ({ notificationId }, attempt) => this.sender.deliver(notificationId, attempt),
    'session-reminders': async () => ({ written: await this.reminders.run() }),
    'impact-reminders': async () => ({ written: await this.impact.run() }),
  };

  constructor(
    private readonly sender: MailSender,
    private readonly reminders: SessionReminders,
    private readonly impact: ImpactReminders,
    @InjectQueue(QUEUES.mail) private readonly queue: Queue,
    outbox: WorkerJobOutbox,
  ) {
    super(outbox);
    assertEveryJobHandled(QUEUES.mail, this.handlers);
  }

  /**
   * Hourly schedules shared by every worker process (upserting one is idempotent): each
   * cohort's 09:00, or its local midnight when a follow-up falls due, is some hour of the
   * server's clock.
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.scheduleHourly(SESSION_REMINDERS_SCHEDULER_ID, 'session-reminders', 1);
    await this.scheduleHourly(IMPACT_REMINDERS_SCHEDULER_ID, 'impact-reminders', 2);
  }

  /** Upserts the job's hourly scheduler, at `minute` past each hour. */
  scheduleHourly(
    id: string,
    name: Extract<MailJob, 'session-reminders' | 'impact-reminders'>,
    minute: number,
  ): Promise<unknown> {
    return this.queue.upsertJobScheduler(
      id,
      { pattern: `${minute} * * * *` },
      {
        name,
        data: { requestedAt: new Date().toISOString() },
        opts: { removeOnComplete: 24, removeOnFail: 50 },
      },
    );
  }
}
