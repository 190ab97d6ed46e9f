import { Logger } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createTransport } from 'nodemailer';
import type { SendMailOptions } from 'nodemailer';
import type { AppConfig } from '@apprenance/config';

/** Where a message goes: an SMTP server, or `.eml` files for local use. */
export interface MailTransport {
  send(message: SendMailOptions & { messageId: string }): Promise<void>;
  close(): void;
}

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/** With SMTP_URL, sends for real; without it, writes each message under MAIL_DIR. */
export function createMailTransport(config: AppConfig): MailTransport {
  return config.SMTP_URL ? smtpTransport(config.SMTP_URL) : fileTransport(config.MAIL_DIR);
}

function smtpTransport(url: string): MailTransport {
  const transporter = createTransport(url);
  return {
    send: async (message) => {
      await transporter.sendMail(message);
    },
    close: () => transporter.close(),
  };
}

function fileTransport(directory: string): MailTransport {
  const logger = new Logger('MailTransport');
  const transporter = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    send: async (message) => {
      const { message: raw } = await transporter.sendMail(message);
      await mkdir(directory, { recursive: true });
      // The Message-ID names the file: a resend overwrites the same message, as SMTP would dedupe.
      const file = path.resolve(directory, `${message.messageId.replace(/[^\w.@-]/g, '')}.eml`);
      await writeFile(file, raw as Buffer);
      logger.log(`Mail to ${String(message.to)} written to ${file}`);
    },
    close: () => transporter.close(),
  };
}
