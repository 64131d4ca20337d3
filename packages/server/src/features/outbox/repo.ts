import type { Locale } from '@tandem/core';
import type { Sql } from '../../db/database.ts';

export type EmailAbout = { type: 'feedback_request' | 'invitation' | 'session_cancelled' | 'goal_closed' | 'engagement_handed_over'; id: string };

/** Who to tell of a change, and how: their name, address, language and clock. */
export async function findPersonToTell(sql: Sql, userId: string) {
  const [row] = await sql.query<{ name: string; email: string; locale: Locale; timeZone: string }>(
    'SELECT name, email, locale, time_zone AS "timeZone" FROM users WHERE id = $1',
    [userId],
  );
  return row;
}

/** Whether an email about something went out: what its readers may know of it (migration 0039). */
export type EmailDelivery = { aboutId: string; createdAt: Date; attempts: number; sentAt: Date | null; gaveUpAt: Date | null; cancelledAt: Date | null };

/** An email claimed by a server to send: everything it needs, read past row-level security. */
export type ClaimedEmail = { id: string; recipient: string; subject: string; body: string; attempts: number };

export async function insertEmail(
  sql: Sql,
  email: { id: string; practiceId: string; engagementId: string | null; about: EmailAbout; recipient: string; subject: string; body: string; at: Date },
): Promise<void> {
  await sql.query(
    `INSERT INTO outgoing_emails (id, practice_id, engagement_id, about_type, about_id, recipient, subject, body, created_at, next_attempt_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)`,
    [email.id, email.practiceId, email.engagementId, email.about.type, email.about.id, email.recipient, email.subject, email.body, email.at],
  );
}

/** The latest email about each of `aboutIds` that the reader may see. */
export async function latestDeliveries(sql: Sql, aboutIds: readonly string[]): Promise<EmailDelivery[]> {
  if (aboutIds.length === 0) return [];
  return sql.query<EmailDelivery>(
    `SELECT DISTINCT ON (about_id) about_id AS "aboutId", created_at AS "createdAt", attempts, sent_at AS "sentAt", gave_up_at AS "gaveUpAt",
            cancelled_at AS "cancelledAt"
       FROM outgoing_emails WHERE about_id = ANY ($1::uuid[])
      ORDER BY about_id, created_at DESC, id`,
    [aboutIds],
  );
}

/**
 * Claims up to `limit` emails due at `now` for `claimSeconds`: another server skips them (rows
 * locked by a claim in progress are passed over, not waited for), and takes them again only if
 * the claim runs out unsent (a server that died while sending).
 */
export async function claimDue(sql: Sql, now: Date, limit: number, claimSeconds: number): Promise<ClaimedEmail[]> {
  return sql.query<ClaimedEmail>(
    `UPDATE outgoing_emails SET attempts = attempts + 1, next_attempt_at = $1::timestamptz + make_interval(secs => $3)
      WHERE id IN (SELECT id FROM outgoing_emails
                    WHERE sent_at IS NULL AND gave_up_at IS NULL AND cancelled_at IS NULL AND next_attempt_at <= $1
                    ORDER BY next_attempt_at, id LIMIT $2 FOR UPDATE SKIP LOCKED)
      RETURNING id, recipient, subject, body, attempts`,
    [now, limit, claimSeconds],
  );
}

/** Sent: what it said is forgotten, the fact kept. */
export async function markSent(sql: Sql, id: string, at: Date): Promise<void> {
  await sql.query(
    `UPDATE outgoing_emails SET sent_at = $2, recipient = NULL, subject = NULL, body = NULL, last_error = NULL
      WHERE id = $1 AND sent_at IS NULL AND gave_up_at IS NULL AND cancelled_at IS NULL`,
    [id, at],
  );
}

/** Not sent this time: tried again at `retryAt`. */
export async function markForRetry(sql: Sql, id: string, error: string, retryAt: Date): Promise<void> {
  await sql.query(
    `UPDATE outgoing_emails SET last_error = $2, next_attempt_at = $3 WHERE id = $1 AND sent_at IS NULL AND gave_up_at IS NULL AND cancelled_at IS NULL`,
    [id, error, retryAt],
  );
}

/** Not sent after the last try: given up, and what it said forgotten. */
export async function markGivenUp(sql: Sql, id: string, error: string, at: Date): Promise<void> {
  await sql.query(
    `UPDATE outgoing_emails SET last_error = $2, gave_up_at = $3, recipient = NULL, subject = NULL, body = NULL
      WHERE id = $1 AND sent_at IS NULL AND gave_up_at IS NULL AND cancelled_at IS NULL`,
    [id, error, at],
  );
}

/**
 * Emails not sent yet about what was taken back since they were written (a withdrawn question,
 * an invitation replaced, withdrawn or accepted): not sent, and what they said forgotten.
 */
export async function cancelWithdrawn(sql: Sql, at: Date): Promise<number> {
  const rows = await sql.query(
    `UPDATE outgoing_emails SET cancelled_at = $1, recipient = NULL, subject = NULL, body = NULL
      WHERE sent_at IS NULL AND gave_up_at IS NULL AND cancelled_at IS NULL
        AND ((about_type = 'feedback_request' AND about_id IN (SELECT id FROM feedback_requests WHERE withdrawn_at IS NOT NULL))
          OR (about_type = 'invitation' AND about_id IN (SELECT id FROM invitations WHERE accepted_at IS NOT NULL OR expires_at <= $1)))
      RETURNING id`,
    [at],
  );
  return rows.length;
}
