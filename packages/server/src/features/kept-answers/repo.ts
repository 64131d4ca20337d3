import type { Sql } from '../../db/database.ts';

/**
 * The engagement's progress stamp now, and the answer the reader was last given under `key` when
 * it is still good (given at this stamp, on this day, for this reader key), as the JSON text it was
 * written as (decision 021); null otherwise. One statement: on a good answer, all that the
 * request reads.
 */
export async function readKeptAnswer(
  sql: Sql,
  input: { userId: string; engagementId: string; key: string; asOf: string; reader: string },
): Promise<{ stamp: number; answer: string | null }> {
  const [row] = await sql.query<{ stamp: string; answer: string | null }>(
    `SELECT coalesce(s.stamp, 0) AS stamp,
            CASE WHEN k.stamp = coalesce(s.stamp, 0) AND k.as_of = $4::date AND k.reader = $5 THEN k.answer END AS answer
       FROM (SELECT $2::uuid AS id) AS e
       LEFT JOIN engagement_progress_stamps s ON s.engagement_id = e.id
       LEFT JOIN kept_answers k ON k.user_id = $1 AND k.engagement_id = e.id AND k.key = $3`,
    [input.userId, input.engagementId, input.key, input.asOf, input.reader],
  );
  return { stamp: Number(row?.stamp ?? 0), answer: row?.answer ?? null };
}

/**
 * Keeps the answer given to the reader (the JSON text it was written as), with the stamp read
 * before it was computed. (Its trigger clears the transaction's mark that the stamp has moved,
 * migration 0018: a change written after this, in the same transaction, moves the stamp again and
 * so outdates what was kept.)
 */
export async function keepAnswer(
  sql: Sql,
  input: { userId: string; practiceId: string; engagementId: string; key: string; stamp: number; asOf: string; reader: string; answer: string },
): Promise<void> {
  await sql.query(
    `INSERT INTO kept_answers (user_id, practice_id, engagement_id, key, stamp, as_of, reader, answer)
     VALUES ($1, $2, $3, $4, $5, $6::date, $7, $8)
     ON CONFLICT (user_id, engagement_id, key) DO UPDATE
       SET stamp = EXCLUDED.stamp, as_of = EXCLUDED.as_of, reader = EXCLUDED.reader, answer = EXCLUDED.answer`,
    [input.userId, input.practiceId, input.engagementId, input.key, input.stamp, input.asOf, input.reader, input.answer],
  );
}
