import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Logger } from '../logger';
import { type MailTemplateData, type MailTemplateName, renderMailTemplate } from './templates';

export interface MailerOptions {
  /** `smtp://` or `smtps://`; without it messages are written to `<dataDir>/mail/*.eml` (development and demo only). */
  smtpUrl?: string;
  /** e.g. `Cửa Số <no-reply@cuaso.local>`; nodemailer encodes the display name. */
  from: string;
  dataDir: string;
  logger: Pick<Logger, 'info'>;
}

export interface SendMailInput<K extends MailTemplateName> {
  to: string | string[];
  template: K;
  data: MailTemplateData[K];
}

export interface Mailer {
  readonly kind: 'smtp' | 'file';
  /**
   * Render and send one message; resolves with its Message-ID. Rejects when the server refuses it (for
   * example a 4xx/5xx reply to RCPT TO), so an outbox job fails and is retried rather than marked done.
   */
  send<K extends MailTemplateName>(input: SendMailInput<K>): Promise<string>;
  close(): void;
}

// nodemailer waits up to 2 minutes to connect and 10 minutes on an idle socket; a job should fail sooner.
const SMTP_TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 };

export function createMailer(options: MailerOptions): Mailer {
  const { smtpUrl, from, dataDir, logger } = options;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl))
    throw new Error('createMailer: smtpUrl must be smtp:// or smtps://');
  if (smtpUrl) {
    const transport = nodemailer.createTransport({ url: smtpUrl, ...SMTP_TIMEOUTS });
    return {
      kind: 'smtp',
      async send({ to, template, data }) {
        const message = renderMailTemplate(template, data);
        const info = await transport.sendMail({ from, to, ...message });
        // A server may accept DATA for some recipients and refuse others; a partial send is still a failure.
        if (info.rejected.length > 0)
          throw new Error(`mail rejected for ${info.rejected.length} recipient(s)`);
        return info.messageId;
      },
      close: () => transport.close(),
    };
  }

  const outbox = join(dataDir, 'mail');
  // RFC 5322 lines end in CRLF; mail clients open such .eml files as they would a received message.
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    kind: 'file',
    async send({ to, template, data }) {
      const message = renderMailTemplate(template, data);
      const info = await transport.sendMail({ from, to, ...message });
      await mkdir(outbox, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      // `<uuid@host>`: the part before the @ names the file.
      const id = info.messageId
        .replace(/^<|@.*$/g, '')
        .replace(/[^A-Za-z0-9-]/g, '')
        .slice(0, 40);
      const path = join(outbox, `${stamp}-${template}-${id}.eml`);
      await writeFile(path, info.message);
      // The path, not the content: the message may hold a one-time code.
      logger.info({ path, template }, 'mail written to file (no SMTP_URL configured)');
      return info.messageId;
    },
    close: () => transport.close(),
  };
}
