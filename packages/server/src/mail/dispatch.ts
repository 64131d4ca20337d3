import { addMinutes } from 'date-fns';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/database.ts';
import * as outbox from '../features/outbox/repo.ts';
import type { Mailer } from './mailer.ts';

/**
 * After a failed try, how many minutes until the next: quickly at first (a mail server's hiccup),
 * then less and less often; after the last, about a day after the first, the email is given up.
 */
export const RETRY_AFTER_MINUTES = [1, 5, 15, 60, 180, 360, 720] as const;

/** How long a server's claim on an email lasts: past it, a server that died while sending is replaced. */
const CLAIM_SECONDS = 120;
const BATCH = 20;

type Counts = { sent: number; retried: number; gaveUp: number };

export type EmailDispatch = {
  /** Sends what is due every `pollSeconds` from now on (emails queued by other servers, retries). */
  start(): void;
  /** Sends what is due now, in the background (after a request queued an email), once started. */
  nudge(): void;
  /** Sends what is due now and says how it went; waits for a round already under way first. */
  runOnce(): Promise<Counts>;
  /** Stops polling and waits for a round under way. */
  stop(): Promise<void>;
};

/**
 * Sends the emails written to `outgoing_emails` (decision 040). Every app server runs one; they
 * share the work through the database alone: each claims a few due emails at a time, skipping
 * those another server holds, so that each is sent once (twice only if a server dies between
 * sending and recording it: a duplicate rather than a loss).
 */
export function createEmailDispatch(options: { db: Database; mailer: Mailer; clock: () => Date; log: FastifyBaseLogger; pollSeconds?: number }): EmailDispatch {
  const { db, mailer, clock, log } = options;
  let running: Promise<Counts> | undefined;
  let timer: NodeJS.Timeout | undefined;

  async function round(): Promise<Counts> {
    const counts = { sent: 0, retried: 0, gaveUp: 0 };
    await db.transaction((tx) => outbox.cancelWithdrawn(tx, clock()));
    for (;;) {
      const claimed = await db.transaction((tx) => outbox.claimDue(tx, clock(), BATCH, CLAIM_SECONDS));
      for (const email of claimed) {
        const failure = await mailer.send({ to: email.recipient, subject: email.subject, text: email.body }).then(
          () => undefined,
          (error: unknown) => error ?? new Error('not sent'),
        );
        if (failure === undefined) {
          // Recorded apart from the send: a failure to record it is not a failure to send it.
          await db.transaction((tx) => outbox.markSent(tx, email.id, clock()));
          counts.sent += 1;
          continue;
        }
        const reason = failure instanceof Error ? failure.message : String(failure);
        const wait = RETRY_AFTER_MINUTES[email.attempts - 1];
        if (wait === undefined) {
          await db.transaction((tx) => outbox.markGivenUp(tx, email.id, reason, clock()));
          counts.gaveUp += 1;
          log.error({ err: failure, emailId: email.id, attempts: email.attempts }, 'email given up');
        } else {
          await db.transaction((tx) => outbox.markForRetry(tx, email.id, reason, addMinutes(clock(), wait)));
          counts.retried += 1;
          log.warn({ err: failure, emailId: email.id, attempts: email.attempts }, 'email not sent; will try again');
        }
      }
      if (claimed.length < BATCH) return counts;
    }
  }

  function runOnce(): Promise<Counts> {
    const next = (running ?? Promise.resolve()).then(() => undefined, () => undefined).then(round);
    running = next;
    void next.catch(() => undefined).finally(() => {
      if (running === next) running = undefined;
    });
    return next;
  }

  // A nudge during a round asks for one more round after it (the email queued meanwhile may have
  // been committed after the round's claim), however many nudges came.
  let nudged = false;
  let again = false;
  function nudge() {
    if (!timer) return;
    if (nudged) {
      again = true;
      return;
    }
    nudged = true;
    void runOnce()
      .catch((error: unknown) => log.error({ err: error }, 'emails not sent this round'))
      .finally(() => {
        nudged = false;
        if (again) {
          again = false;
          nudge();
        }
      });
  }

  return {
    start() {
      timer ??= setInterval(nudge, (options.pollSeconds ?? 15) * 1000);
      timer.unref();
      nudge();
    },
    nudge,
    runOnce,
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      again = false;
      await running?.catch(() => undefined);
    },
  };
}
