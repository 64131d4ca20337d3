import type { Sql } from '../../db/database.ts';

export type JournalEntryRow = {
  id: string;
  practiceId: string;
  engagementId: string;
  goalId: string | null;
  body: string;
  sharedAt: Date | null;
  authorId: string;
  authorName: string;
  createdAt: Date;
};

const SELECT_ENTRY = `
  SELECT j.id, j.practice_id AS "practiceId", j.engagement_id AS "engagementId", j.goal_id AS "goalId", j.body,
         j.shared_at AS "sharedAt", j.author_id AS "authorId", u.name AS "authorName", j.created_at AS "createdAt"
    FROM journal_entries j JOIN users u ON u.id = j.author_id`;

/** An engagement's journal, the latest first: all of it, or only the entries shared with the coach. */
export function listEntries(sql: Sql, filter: { engagementId: string; sharedOnly: boolean }): Promise<JournalEntryRow[]> {
  return sql.query<JournalEntryRow>(
    `${SELECT_ENTRY} WHERE j.engagement_id = $1 AND (NOT $2 OR j.shared_at IS NOT NULL) ORDER BY j.created_at DESC, j.id`,
    [filter.engagementId, filter.sharedOnly],
  );
}

/** An entry with the parties of its engagement, locked for the rest of the request: what sharing checks. */
export async function findEntry(sql: Sql, entryId: string): Promise<(JournalEntryRow & { coachId: string; clientId: string | null }) | undefined> {
  const [row] = await sql.query<JournalEntryRow & { coachId: string; clientId: string | null }>(
    `SELECT j.id, j.practice_id AS "practiceId", j.engagement_id AS "engagementId", j.goal_id AS "goalId", j.body,
            j.shared_at AS "sharedAt", j.author_id AS "authorId", u.name AS "authorName", j.created_at AS "createdAt",
            e.coach_id AS "coachId", e.client_id AS "clientId"
       FROM journal_entries j JOIN users u ON u.id = j.author_id JOIN engagements e ON e.id = j.engagement_id
      WHERE j.id = $1 FOR UPDATE OF j`,
    [entryId],
  );
  return row;
}

export async function insertEntry(
  sql: Sql,
  entry: { practiceId: string; engagementId: string; authorId: string; goalId: string | null; body: string; at: Date },
): Promise<string> {
  const [row] = await sql.query<{ id: string }>(
    `INSERT INTO journal_entries (practice_id, engagement_id, author_id, goal_id, body, created_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [entry.practiceId, entry.engagementId, entry.authorId, entry.goalId, entry.body, entry.at],
  );
  if (!row) throw new Error('INSERT ... RETURNING returned no row');
  return row.id;
}

/** Shares an entry (from `at`, unless it is shared already) or takes the share back. */
export async function setShared(sql: Sql, entryId: string, sharedAt: Date | null): Promise<void> {
  await sql.query(`UPDATE journal_entries SET shared_at = CASE WHEN $2::timestamptz IS NULL THEN NULL ELSE coalesce(shared_at, $2) END WHERE id = $1`, [
    entryId,
    sharedAt,
  ]);
}
