import { randomUUID } from 'node:crypto';
import type { Scope } from '../../context.ts';
import type { OutgoingEmail } from '../../mail/mailer.ts';
import * as repo from './repo.ts';

export type { EmailAbout } from './repo.ts';

/**
 * What became of an email Tandem sends for someone: waiting to go (`queued`, with how many tries
 * so far), `sent`, given up after a day of tries (`failed`), or not sent because what it was about
 * was taken back first (`cancelled`), and since when.
 */
export type EmailStatus = { status: 'queued' | 'sent' | 'failed' | 'cancelled'; at: Date; attempts: number };

/**
 * Writes an email to be sent once the request's transaction commits (by any app server: see
 * `createEmailDispatch`): if the request fails, no email goes; if it succeeds, the email is not
 * lost to a crash or to a mail server that is down. `from` says whose it is: the practice, and the
 * engagement (none for a coach's invitation), whose members may see whether it went. Answers
 * with the status it was written with.
 */
export async function queueEmail(
  scope: Scope,
  from: { practiceId: string; engagementId: string | null },
  about: repo.EmailAbout,
  email: OutgoingEmail,
): Promise<EmailStatus> {
  await repo.insertEmail(scope.tx, { id: randomUUID(), ...from, about, recipient: email.to, subject: email.subject, body: email.text, at: scope.now });
  return { status: 'queued', at: scope.now, attempts: 0 };
}

export type PersonToTell = NonNullable<Awaited<ReturnType<typeof repo.findPersonToTell>>>;

/**
 * Emails a person of the practice about a change (`queueEmail`), written by `write` in their
 * language and on their clock; false when there is nobody to tell (a client who has not joined
 * yet has no account, `userId` null; the demo's seeded history).
 */
export async function tellPerson(
  scope: Scope,
  from: { practiceId: string; engagementId: string | null },
  about: repo.EmailAbout,
  userId: string | null,
  write: (person: PersonToTell) => { subject: string; text: string },
): Promise<boolean> {
  const person = userId === null || scope.tellsNobody ? undefined : await repo.findPersonToTell(scope.tx, userId);
  if (!person) return false;
  await queueEmail(scope, from, about, { to: person.email, ...write(person) });
  return true;
}

/** The latest email about each of `aboutIds`, by id; none for what no email was sent about. */
export async function emailStatuses(scope: Scope, aboutIds: readonly string[]): Promise<Map<string, EmailStatus>> {
  const deliveries = await repo.latestDeliveries(scope.tx, aboutIds);
  return new Map(deliveries.map((delivery) => [delivery.aboutId, statusOf(delivery)]));
}

function statusOf(delivery: repo.EmailDelivery): EmailStatus {
  if (delivery.sentAt) return { status: 'sent', at: delivery.sentAt, attempts: delivery.attempts };
  if (delivery.gaveUpAt) return { status: 'failed', at: delivery.gaveUpAt, attempts: delivery.attempts };
  if (delivery.cancelledAt) return { status: 'cancelled', at: delivery.cancelledAt, attempts: delivery.attempts };
  return { status: 'queued', at: delivery.createdAt, attempts: delivery.attempts };
}
