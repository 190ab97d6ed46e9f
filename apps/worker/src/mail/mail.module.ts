import { BullModule } from '@nestjs/bullmq';
import { Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '@apprenance/config';
import { QUEUES } from '@apprenance/jobs';
import { JobsModule } from '../jobs/jobs.module';
import { WORKER_CONFIG } from '../worker-config';
import { MailDeliveries } from './mail-deliveries.repository';
import { MailProcessor } from './mail.processor';
import { ImpactReminders } from './impact-reminders';
import { MailSender } from './mail-sender';
import { SessionReminders } from './session-reminders';
import { createMailTransport, MAIL_TRANSPORT, MailTransport } from './mail-transport';

/** Mails the notification outbox, one job per message, and writes the session, conviction and follow-up reminders. */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.mail }), JobsModule],
  providers: [
    MailDeliveries,
    MailSender,
    SessionReminders,
    ImpactReminders,
    MailProcessor,
    {
      provide: MAIL_TRANSPORT,
      inject: [WORKER_CONFIG],
      useFactory: (config: AppConfig) => createMailTransport(config),
    },
  ],
})
export class MailModule implements OnApplicationShutdown {
  constructor(@Inject(MAIL_TRANSPORT) private readonly transport: MailTransport) {}

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
