import { Processor } from '@nestjs/bullmq';
import { JobName, QUEUES } from '@apprenance/jobs';
import { assertEveryJobHandled, JobHandlers } from '../job-handlers';
import { OutboxProcessor } from '../jobs/outbox-processor';
import { WorkerJobOutbox } from '../jobs/worker-job-outbox.repository';
import { MailSender } from './mail-sender';

type MailJob = Extract<JobName, 'mail'>;

@Processor(QUEUES.mail)
export class MailProcessor extends OutboxProcessor<MailJob> {
  protected readonly handlers: JobHandlers<MailJob> = {
    mail: ({ notificationId }, attempt) => this.sender.deliver(notificationId, attempt),
  };

  constructor(
    private readonly sender: MailSender,
    outbox: WorkerJobOutbox,
  ) {
    super(outbox);
    assertEveryJobHandled(QUEUES.mail, this.handlers);
  }
}
