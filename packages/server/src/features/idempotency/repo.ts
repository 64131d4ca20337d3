import type { Sql } from '../../db/database.ts';

export type StoredResponse = { requestHash: string; status: number; body: unknown };

export async function findResponse(sql: Sql, userId: string, key: string): Promise<StoredResponse | undefined> {
  const [row] = await sql.query<StoredResponse>(
    `SELECT request_hash AS "requestHash", response_status AS status, response_body AS body
       FROM idempotency_keys WHERE user_id = $1 AND key = $2`,
    [userId, key],
  );
  return row;
}

export async function storeResponse(
  sql: Sql,
  entry: { userId: string; practiceId: string; key: string; requestHash: string; status: number; body: unknown; at: Date },
): Promise<void> {
  await sql.query(
    `INSERT INTO idempotency_keys (user_id, key, practice_id, request_hash, response_status, response_body, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [entry.userId, entry.key, entry.practiceId, entry.requestHash, entry.status, JSON.stringify(entry.body), entry.at],
  );
}

/** Removes the person's stored answers that carried this row (by its id): its words go with it. */
export async function forgetResponsesAbout(sql: Sql, userId: string, rowId: string): Promise<void> {
  await sql.query(`DELETE FROM idempotency_keys WHERE user_id = $1 AND response_body->>'id' = $2`, [userId, rowId]);
}
