import type { Sql } from '../../db/database.ts';

/** A stakeholder's answer (a check-in by nobody with an account) to a question asked on a goal. */
export type AnsweredFeedbackRow = {
  checkInId: string;
  goalId: string;
  engagementId: string;
  stakeholderName: string;
  rating: number | null;
  answeredAt: Date;
};

/**
 * Stakeholders' answers on the engagements' goals, from the last `days` days, that the person has
 * not yet marked as seen. Newest first, at most `limit`.
 */
export function listNewStakeholderAnswers(sql: Sql, input: { engagementIds: readonly string[]; userId: string; since: Date; limit: number }) {
  return sql.query<AnsweredFeedbackRow>(
    `SELECT c.id AS "checkInId", c.goal_id AS "goalId", c.engagement_id AS "engagementId",
            coalesce(c.stakeholder_name, '') AS "stakeholderName", c.rating, c.created_at AS "answeredAt"
       FROM check_ins c
      WHERE c.engagement_id = ANY($1::uuid[]) AND c.kind = 'stakeholder_feedback' AND c.author_id IS NULL
        AND c.created_at >= $3
        AND NOT EXISTS (SELECT 1 FROM inbox_acknowledgements a WHERE a.user_id = $2 AND a.item_key = 'stakeholder_feedback:' || c.id)
      ORDER BY c.created_at DESC
      LIMIT $4`,
    [input.engagementIds, input.userId, input.since, input.limit],
  );
}

/** Marks an item seen for this person (again: no change). */
export async function acknowledge(sql: Sql, input: { userId: string; practiceId: string; itemKey: string; at: Date }): Promise<void> {
  await sql.query(
    `INSERT INTO inbox_acknowledgements (user_id, practice_id, item_key, acknowledged_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (user_id, item_key) DO NOTHING`,
    [input.userId, input.practiceId, input.itemKey, input.at],
  );
}
