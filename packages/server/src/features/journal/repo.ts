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
  updatedAt: Date | null;
};

/** An entry as listed, from `j` (an entry) joined to `u` (its author). */
const ENTRY_COLUMNS = `j.id, j.practice_id AS "practiceId", j.engagement_id AS "engagementId", j.goal_id AS "goalId", j.body,
         j.shared_at AS "sharedAt", j.author_id AS "authorId", u.name AS "authorName", j.created_at AS "createdAt",
         j.updated_at AS "updatedAt"`;

const SELECT_ENTRY = `SELECT ${ENTRY_COLUMNS} FROM journal_entries j JOIN users u ON u.id = j.author_id`;

/** An engagement's journal, the latest first: all of it, or only the entries shared with the coach. */
export function listEntries(sql: Sql, filter: { engagementId: string; sharedOnly: boolean }): Promise<JournalEntryRow[]> {
  return sql.query<JournalEntryRow>(
    `${SELECT_ENTRY} WHERE j.engagement_id = $1 AND (NOT $2 OR j.shared_at IS NOT NULL) ORDER BY j.created_at DESC, j.id`,
    [filter.engagementId, filter.sharedOnly],
  );
}

/**
 * An entry with the parties of its engagement: what sharing and editing check. With `forUpdate`,
 * locked for the rest of the request; row-level security lets only its client lock it (the coach
 * who reads a shared entry may not change it), so the coach finds nothing that way.
 */
export async function findEntry(sql: Sql, entryId: string, options: { forUpdate?: boolean } = {}): Promise<(JournalEntryRow & { coachId: string; clientId: string | null }) | undefined> {
  const [row] = await sql.query<JournalEntryRow & { coachId: string; clientId: string | null }>(
    `SELECT ${ENTRY_COLUMNS}, e.coach_id AS "coachId", e.client_id AS "clientId"
       FROM journal_entries j JOIN users u ON u.id = j.author_id JOIN engagements e ON e.id = j.engagement_id
      WHERE j.id = $1${options.forUpdate ? ' FOR UPDATE OF j' : ''}`,
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

/** New words for an entry, or a new goal (null: about no goal); what is not given stays. */
export async function updateEntry(sql: Sql, entryId: string, changes: { body?: string | undefined; goalId?: string | null | undefined }, at: Date): Promise<void> {
  await sql.query(
    `UPDATE journal_entries
        SET body = coalesce($2, body), goal_id = CASE WHEN $3 THEN $4::uuid ELSE goal_id END, updated_at = $5
      WHERE id = $1`,
    [entryId, changes.body ?? null, changes.goalId !== undefined, changes.goalId ?? null, at],
  );
}

export async function deleteEntry(sql: Sql, entryId: string): Promise<void> {
  await sql.query('DELETE FROM journal_entries WHERE id = $1', [entryId]);
}
