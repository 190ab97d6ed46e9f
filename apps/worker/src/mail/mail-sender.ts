import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@apprenance/config';
import { isEmailOptional, renderMessage, templateOf } from '@apprenance/domain';
import type { JobResults } from '@apprenance/jobs';
import type { Attempt } from '../job-handlers';
import { WORKER_CONFIG } from '../worker-config';
import { DeliveryOutcome, MailDeliveries, MailDelivery } from './mail-deliveries.repository';
import { MAIL_TRANSPORT, MailTransport } from './mail-transport';

type MailResult = JobResults['mail'];

/** The stable Message-ID of a notification: a resend is recognisably the same message. */
export function messageIdOf(notificationId: string, publicUrl: string): string {
  return `<notification-${notificationId}@${new URL(publicUrl).hostname}>`;
}

/** Mails one notification in its recipient's language, once. */
@Injectable()
export class MailSender {
  constructor(
    private readonly deliveries: MailDeliveries,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    @Inject(WORKER_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Throws when the attempt failed, so that BullMQ retries it with backoff. */
  async deliver(notificationId: string, attempt: Attempt): Promise<MailResult> {
    let failure: unknown;
    const result = await this.deliveries.deliver(notificationId, async (delivery) => {
      // Gone with its recipient's account: nothing to send.
      if (!delivery) return settled({ kind: 'unchanged' }, 'skipped');
      if (delivery.status === 'sent') return settled({ kind: 'unchanged' }, 'already_sent');
      try {
        if (optedOut(delivery)) return settled({ kind: 'skipped' }, 'skipped');
        await this.transport.send(this.compose(delivery));
        return settled({ kind: 'sent' }, 'sent');
      } catch (error) {
        failure = error;
        return settled({ kind: 'failed', error: String(error), final: attempt.final }, 'sent');
      }
    });
    // Thrown after the commit, so the failed attempt stays recorded.
    if (failure) throw failure;
    return { outcome: result };
  }

  private compose(delivery: MailDelivery) {
    const message = renderMessage(
      delivery.template,
      delivery.locale,
      delivery.payload,
      delivery.displayName,
      { name: this.config.PLATFORM_NAME, url: this.config.PUBLIC_URL },
    );
    return {
      from: this.config.MAIL_FROM,
      to: { name: delivery.displayName, address: delivery.email },
      subject: message.subject,
      text: message.text,
      html: message.html,
      messageId: messageIdOf(delivery.id, this.config.PUBLIC_URL),
      headers: { 'Content-Language': delivery.locale },
    };
  }
}

function optedOut(delivery: MailDelivery): boolean {
  return (
    isEmailOptional(delivery.template) &&
    delivery.emailOptOut.includes(templateOf(delivery.template).category)
  );
}

function settled(outcome: DeliveryOutcome, result: MailResult['outcome']) {
  return { outcome, result };
}
