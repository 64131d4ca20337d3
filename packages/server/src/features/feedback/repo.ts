import type { Locale } from '@tandem/core';
import type { Sql } from '../../db/database.ts';

export type FeedbackRequestRow = {
  id: string;
  goalId: string;
  stakeholderName: string;
  stakeholderEmail: string;
  question: string;
  locale: Locale;
  requestedById: string;
  requestedByName: string;
  createdAt: Date;
  expiresAt: Date;
  answeredAt: Date | null;
  checkInId: string | null;
  withdrawnAt: Date | null;
};

export async function insertFeedbackRequest(
  sql: Sql,
  request: {
    practiceId: string;
    engagementId: string;
    goalId: string;
    requestedBy: string;
    stakeholderName: string;
    stakeholderEmail: string;
    question: string;
    locale: Locale;
    tokenHash: string;
    at: Date;
    expiresAt: Date;
  },
): Promise<string> {
  const [row] = await sql.query<{ id: string }>(
    `INSERT INTO feedback_requests (practice_id, goal_id, requested_by, stakeholder_name, stakeholder_email, question, token_hash, created_at, expires_at, engagement_id, locale)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [
      request.practiceId,
      request.goalId,
      request.requestedBy,
      request.stakeholderName,
      request.stakeholderEmail,
      request.question,
      request.tokenHash,
      request.at,
      request.expiresAt,
      request.engagementId,
      request.locale,
    ],
  );
  if (!row) throw new Error('INSERT ... RETURNING returned no row');
  return row.id;
}

const SELECT_FEEDBACK_REQUESTS = `SELECT f.id, f.goal_id AS "goalId", f.stakeholder_name AS "stakeholderName", f.stakeholder_email AS "stakeholderEmail",
            f.question, f.locale, f.requested_by AS "requestedById", u.name AS "requestedByName", f.created_at AS "createdAt",
            f.expires_at AS "expiresAt", f.answered_at AS "answeredAt", f.check_in_id AS "checkInId", f.withdrawn_at AS "withdrawnAt"
       FROM feedback_requests f JOIN users u ON u.id = f.requested_by`;

export function listFeedbackRequests(sql: Sql, goalId: string): Promise<FeedbackRequestRow[]> {
  return sql.query<FeedbackRequestRow>(`${SELECT_FEEDBACK_REQUESTS} WHERE f.goal_id = $1 ORDER BY f.created_at, f.id`, [goalId]);
}

/** One request, if it is of an engagement the reader belongs to (row-level security hides the others). */
export async function findFeedbackRequest(sql: Sql, id: string): Promise<FeedbackRequestRow | undefined> {
  const [row] = await sql.query<FeedbackRequestRow>(`${SELECT_FEEDBACK_REQUESTS} WHERE f.id = $1`, [id]);
  return row;
}

/** Withdraws a request that is still open; false when it was answered, expired or withdrawn in the meantime. */
export async function withdraw(sql: Sql, id: string, withdrawnBy: string, now: Date): Promise<boolean> {
  const rows = await sql.query<{ id: string }>(
    `UPDATE feedback_requests SET withdrawn_at = $3, withdrawn_by = $2
      WHERE id = $1 AND answered_at IS NULL AND withdrawn_at IS NULL AND expires_at > $3
      RETURNING id`,
    [id, withdrawnBy, now],
  );
  return rows.length > 0;
}

export type PublicFeedbackRequest = {
  id: string;
  question: string;
  clientFirstName: string;
  locale: Locale;
  expiresAt: Date;
  answeredAt: Date | null;
  withdrawnAt: Date | null;
};

/** Finds a request by the hash of its link's token, across practices: the token is the key. */
export async function findByTokenHash(sql: Sql, tokenHash: string): Promise<PublicFeedbackRequest | undefined> {
  const [row] = await sql.query<PublicFeedbackRequest>(
    `SELECT id, question, client_first_name AS "clientFirstName", locale, expires_at AS "expiresAt", answered_at AS "answeredAt",
            withdrawn_at AS "withdrawnAt"
       FROM tandem_find_feedback_request($1)`,
    [tokenHash],
  );
  return row;
}

/** Records the answer once; false when it was answered, expired or withdrawn in the meantime. */
export async function answer(sql: Sql, tokenHash: string, now: Date, rating: number | null, text: string): Promise<boolean> {
  const [row] = await sql.query<{ checkInId: string | null }>('SELECT tandem_answer_feedback_request($1, $2, $3, $4) AS "checkInId"', [
    tokenHash,
    now,
    rating,
    text,
  ]);
  return row?.checkInId != null;
}

/** The client's first name, as the stakeholder's page names them (migration 0038's doorway does the same). */
export async function clientFirstName(sql: Sql, engagementId: string): Promise<string> {
  const [row] = await sql.query<{ name: string }>(
    `SELECT split_part(u.name, ' ', 1) AS name FROM engagements e JOIN users u ON u.id = e.client_id WHERE e.id = $1`,
    [engagementId],
  );
  if (!row) throw new Error(`engagement ${engagementId} not found for its own goal`);
  return row.name;
}
