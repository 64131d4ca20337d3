import type { Sql } from '../../db/database.ts';

/** What progress and risk need of each goal beyond its metrics, as the features that own them keep it. */
export type GoalFactsRow = {
  goalId: string;
  /** The goal's last check-in (check-ins feature's summary), null before the first. */
  lastCheckInOn: string | null;
  lastConfidence: number | null;
  /** The day of its latest review (reviews feature), null before the first. */
  lastReviewOn: string | null;
  /** Its open obstacles without a contingency plan (obstacles feature). */
  openObstaclesWithoutPlan: number;
};

/**
 * Each goal's last check-in, last review and open obstacles without a plan, in one statement
 * however many goals: the same conditions as `listLatestCheckIns`, `lastReviewOnOfGoals` and
 * `countOpenWithoutPlan` of their features, read together because every progress request needs
 * all three. Row-level security applies to each table as to any query.
 */
export function listGoalFacts(sql: Sql, goalIds: readonly string[]): Promise<GoalFactsRow[]> {
  return sql.query<GoalFactsRow>(
    `SELECT g.id AS "goalId", lc.effective_on AS "lastCheckInOn", lc.confidence AS "lastConfidence",
            (SELECT r.held_on FROM reviews r WHERE r.goal_id = g.id ORDER BY r.held_on DESC LIMIT 1) AS "lastReviewOn",
            (SELECT count(*)::int FROM obstacles o WHERE o.goal_id = g.id AND o.status = 'open' AND o.contingency_plan = '') AS "openObstaclesWithoutPlan"
       FROM unnest($1::uuid[]) AS g (id)
       -- Each goal's own row, looked up by its key (see listMetricsWithCurrentValues).
       LEFT JOIN LATERAL (
         SELECT lc.effective_on, lc.confidence FROM goal_last_check_ins lc WHERE lc.goal_id = g.id AND lc.check_in_id IS NOT NULL LIMIT 1
       ) lc ON true`,
    [goalIds],
  );
}

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
            CASE WHEN k.stamp = coalesce(s.stamp, 0) AND k.as_of = $4::date AND k.reader = $5 THEN k.answer::text END AS answer
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
     VALUES ($1, $2, $3, $4, $5, $6::date, $7, $8::json)
     ON CONFLICT (user_id, engagement_id, key) DO UPDATE
       SET stamp = EXCLUDED.stamp, as_of = EXCLUDED.as_of, reader = EXCLUDED.reader, answer = EXCLUDED.answer`,
    [input.userId, input.practiceId, input.engagementId, input.key, input.stamp, input.asOf, input.reader, input.answer],
  );
}
