import { InjectQueue, Processor } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { JobName, QUEUES, SESSION_REMINDERS_SCHEDULER_ID } from '@apprenance/jobs';
import { Queue } from 'bullmq';
import { assertEveryJobHandled, JobHandlers } from '../job-handlers';
import { OutboxProcessor } from '../jobs/outbox-processor';
import { WorkerJobOutbox } from '../jobs/worker-job-outbox.repository';
import { MailSender } from './mail-sender';
import { SessionReminders } from './session-reminders';

type MailJob = Extract<JobName, 'mail' | 'session-reminders'>;

@Processor(QUEUES.mail)
export class MailProcessor extends OutboxProcessor<MailJob> implements OnApplicationBootstrap {
  protected readonly handlers: JobHandlers<MailJob> = {
    mail: ({ notificationId }, attempt) => this.sender.deliver(notificationId, attempt),
    'session-reminders': async () => ({ written: await this.reminders.run() }),
  };

  constructor(
    private readonly sender: MailSender,
    private readonly reminders: SessionReminders,
    @InjectQueue(QUEUES.mail) private readonly queue: Queue,
    outbox: WorkerJobOutbox,
  ) {
    super(outbox);
    assertEveryJobHandled(QUEUES.mail, this.handlers);
  }

  /**
   * One hourly schedule shared by every worker process (upserting it is idempotent): each
   * cohort's 09:00 falls at some hour of the server's clock.
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      SESSION_REMINDERS_SCHEDULER_ID,
      { pattern: '1 * * * *' },
      {
        name: 'session-reminders',
        data: { requestedAt: new Date().toISOString() },
        opts: { removeOnComplete: 24, removeOnFail: 50 },
      },
    );
  }
}
