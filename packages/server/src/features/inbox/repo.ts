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

/** Open commitments with a due date before `today` (the reader's calendar day), oldest due first. */
export function listOverdueCommitments(sql: Sql, input: { engagementIds: readonly string[]; today: string; limit: number }) {
  return sql.query<{ id: string; engagementId: string; goalId: string | null; ownerSide: 'coach' | 'client'; text: string; dueOn: string }>(
    `SELECT c.id, c.engagement_id AS "engagementId", c.goal_id AS "goalId", c.owner_side AS "ownerSide", c.text, c.due_on AS "dueOn"
       FROM commitments c
      WHERE c.engagement_id = ANY($1::uuid[]) AND c.status = 'open' AND c.due_on < $2::date
      ORDER BY c.due_on, c.seq
      LIMIT $3`,
    [input.engagementIds, input.today, input.limit],
  );
}

/**
 * Journal entries shared with the person (as the engagement's coach: row-level security shows a
 * coach only shared entries), not yet marked seen. The key carries the moment of sharing, so an
 * entry shared again after being unshared comes back.
 */
export function listNewlySharedJournalEntries(sql: Sql, input: { engagementIds: readonly string[]; userId: string; limit: number }) {
  return sql.query<{ id: string; engagementId: string; goalId: string | null; sharedAt: Date; key: string }>(
    `SELECT j.id, j.engagement_id AS "engagementId", j.goal_id AS "goalId", j.shared_at AS "sharedAt", k.key
       FROM journal_entries j
       CROSS JOIN LATERAL (SELECT 'journal_shared:' || j.id || ':' || (extract(epoch FROM j.shared_at) * 1000)::bigint AS key) k
      WHERE j.engagement_id = ANY($1::uuid[]) AND j.shared_at IS NOT NULL AND j.author_id <> $2
        AND NOT EXISTS (SELECT 1 FROM inbox_acknowledgements a WHERE a.user_id = $2 AND a.item_key = k.key)
      ORDER BY j.shared_at DESC
      LIMIT $3`,
    [input.engagementIds, input.userId, input.limit],
  );
}
