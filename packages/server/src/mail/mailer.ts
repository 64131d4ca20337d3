import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

/** An email to one person, plain text, already in their language. */
export type OutgoingEmail = { to: string; subject: string; text: string };

export type Mailer = {
  /** Where the emails go, for the start-up banner: an outbox folder or an SMTP host. */
  readonly description: string;
  send(email: OutgoingEmail): Promise<void>;
};

export type MailSettings = {
  from: string;
  /** Development: each email is written here as an .eml file instead of being sent. */
  outboxDir: string;
  /** Production: an SMTP connection URL (smtp://user:pass@host:587, smtps://...:465). */
  smtpUrl?: string | undefined;
};

let sequence = 0;

/** A file name that sorts by time and names the recipient: 2026-03-02T10-00-00-000Z-1-marta@example.lv.eml */
function outboxFileName(to: string): string {
  sequence += 1;
  const stamp = new Date().toISOString().replaceAll(':', '-').replace('.', '-');
  return `${stamp}-${sequence}-${to.toLowerCase().replace(/[^a-z0-9@._-]/g, '_')}.eml`;
}

/**
 * Sends by SMTP when a server is configured, otherwise writes each message (built by nodemailer,
 * exactly as it would be sent) into the outbox folder, where a developer or a test reads it.
 */
export function createMailer(settings: MailSettings): Mailer {
  if (settings.smtpUrl) {
    const transport = nodemailer.createTransport(settings.smtpUrl);
    return {
      description: `SMTP ${new URL(settings.smtpUrl).host}`,
      async send(email) {
        await transport.sendMail({ from: settings.from, ...email });
      },
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    description: `outbox ${settings.outboxDir}`,
    async send(email) {
      const info = await transport.sendMail({ from: settings.from, ...email });
      await mkdir(settings.outboxDir, { recursive: true });
      await writeFile(join(settings.outboxDir, outboxFileName(email.to)), info.message);
    },
  };
}
