import type { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { until } from './until';

export interface TestSmtpServer {
  url: string;
  /** Every message accepted, parsed, in order of arrival. */
  received: ParsedMail[];
  /** While true, every recipient is refused with a temporary failure (a server in trouble). */
  refusing: boolean;
  /** The messages to this address, once there are at least `count`. */
  messagesTo(address: string, count: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

/** A real SMTP server on a free local port, without TLS or authentication. */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const state: TestSmtpServer = {
    url: '',
    received: [],
    refusing: false,
    messagesTo: async (address, count) => {
      const to = () => state.received.filter((mail) => recipients(mail).includes(address));
      await until(() => to().length >= count);
      return to();
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo: (_address, _session, callback) => {
      if (!state.refusing) return callback();
      callback(Object.assign(new Error('Mailbox busy, try later'), { responseCode: 450 }));
    },
    onData: (stream, _session, callback) => {
      simpleParser(stream).then(
        (mail) => {
          state.received.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  state.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return state;
}

function recipients(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((group) => group.value.map((entry) => entry.address ?? ''));
}
