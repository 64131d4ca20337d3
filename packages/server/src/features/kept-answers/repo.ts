import type { Sql } from '../../db/database.ts';

/**
 * What a kept answer is computed from, and so which of the engagement's stamps says it is still
 * good: `progress` for answers computed from all its progress data (a cascade, a goal's
 * progress), `goals` for answers computed from its goals and the names of their authors alone
 * (a goal list, migration 0024).
 */
export type AnswerBasis = 'progress' | 'goals';

const STAMP_OF: Record<AnswerBasis, string> = { progress: 's.stamp', goals: 's.goals_stamp' };

/**
 * The engagement's stamp for `basis` now, and the answer the reader was last given under `key`
 * when it is still good (given at this stamp, for this day or, with `asOf` null, for any day,
 * for this reader key), as the gzip of the JSON text it was written as (decisions 021, 028); null
 * otherwise. One statement: on a good answer, all that the request reads.
 */
export async function readKeptAnswer(
  sql: Sql,
  input: { userId: string; engagementId: string; key: string; asOf: string | null; reader: string; basis: AnswerBasis },
): Promise<{ stamp: number; answer: Buffer | null }> {
  const stamp = `coalesce(${STAMP_OF[input.basis]}, 0)`;
  const [row] = await sql.query<{ stamp: string; answer: Buffer | null }>(
    `SELECT ${stamp} AS stamp,
            CASE WHEN k.stamp = ${stamp} AND k.as_of IS NOT DISTINCT FROM $4::date AND k.reader = $5 THEN k.answer_gzip END AS answer
       FROM (SELECT $2::uuid AS id) AS e
       LEFT JOIN engagement_progress_stamps s ON s.engagement_id = e.id
       LEFT JOIN kept_answers k ON k.user_id = $1 AND k.engagement_id = e.id AND k.key = $3`,
    [input.userId, input.engagementId, input.key, input.asOf, input.reader],
  );
  return { stamp: Number(row?.stamp ?? 0), answer: row?.answer ?? null };
}

/**
 * Keeps the answer given to the reader (the gzip of the JSON text it was written as), with the
 * stamp read before it was computed, and the day it holds for (null: any day). (Its trigger
 * clears the transaction's mark that the progress stamp has moved, migration 0018: a change
 * written after this, in the same transaction, moves the stamp again and so outdates what was
 * kept.)
 */
export async function keepAnswer(
  sql: Sql,
  input: { userId: string; practiceId: string; engagementId: string; key: string; stamp: number; asOf: string | null; reader: string; answer: Buffer },
): Promise<void> {
  // `answer`, the text column a server before migration 0025 keeps its answers in, is cleared.
  await sql.query(
    `INSERT INTO kept_answers (user_id, practice_id, engagement_id, key, stamp, as_of, reader, answer_gzip)
     VALUES ($1, $2, $3, $4, $5, $6::date, $7, $8::bytea)
     ON CONFLICT (user_id, engagement_id, key) DO UPDATE
       SET stamp = EXCLUDED.stamp, as_of = EXCLUDED.as_of, reader = EXCLUDED.reader, answer = NULL, answer_gzip = EXCLUDED.answer_gzip`,
    [input.userId, input.practiceId, input.engagementId, input.key, input.stamp, input.asOf, input.reader, input.answer],
  );
}
