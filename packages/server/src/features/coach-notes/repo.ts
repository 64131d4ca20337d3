import type { Sql } from '../../db/database.ts';

export type CoachNoteRow = {
  id: string;
  engagementId: string;
  sessionId: string | null;
  body: string;
  authorId: string;
  authorName: string;
  createdAt: Date;
  updatedAt: Date | null;
};

/** A note as listed, from `n` (a note) joined to `u` (its author). */
const NOTE_COLUMNS = `n.id, n.engagement_id AS "engagementId", n.session_id AS "sessionId", n.body,
         n.author_id AS "authorId", u.name AS "authorName", n.created_at AS "createdAt",
         n.updated_at AS "updatedAt"`;

const SELECT_NOTE = `SELECT ${NOTE_COLUMNS} FROM coach_notes n JOIN users u ON u.id = n.author_id`;

/** The author's own notes on an engagement (or one of its sessions), the latest first. */
export function listCoachNotes(sql: Sql, filter: { engagementId: string; authorId: string; sessionId: string | null }): Promise<CoachNoteRow[]> {
  return sql.query<CoachNoteRow>(
    `${SELECT_NOTE}
      WHERE n.engagement_id = $1 AND n.author_id = $2 AND ($3::uuid IS NULL OR n.session_id = $3)
      ORDER BY n.created_at DESC, n.id`,
    [filter.engagementId, filter.authorId, filter.sessionId],
  );
}

export async function insertCoachNote(
  sql: Sql,
  note: { practiceId: string; engagementId: string; sessionId: string | null; authorId: string; body: string; at: Date },
): Promise<CoachNoteRow> {
  const [row] = await sql.query<CoachNoteRow>(
    `WITH n AS (
       INSERT INTO coach_notes (practice_id, engagement_id, session_id, author_id, body, created_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING *
     )
     SELECT ${NOTE_COLUMNS} FROM n JOIN users u ON u.id = n.author_id`,
    [note.practiceId, note.engagementId, note.sessionId, note.authorId, note.body, note.at],
  );
  if (!row) throw new Error('INSERT ... RETURNING returned no row');
  return row;
}

/**
 * One note with the coach of its engagement, locked for the rest of the request. Row-level
 * security shows a note to its author only: for anyone else there is no such row.
 */
export async function findCoachNote(sql: Sql, noteId: string): Promise<(CoachNoteRow & { practiceId: string; coachId: string; clientId: string | null }) | undefined> {
  const [row] = await sql.query<CoachNoteRow & { practiceId: string; coachId: string; clientId: string | null }>(
    `SELECT ${NOTE_COLUMNS}, n.practice_id AS "practiceId", e.coach_id AS "coachId", e.client_id AS "clientId"
       FROM coach_notes n JOIN users u ON u.id = n.author_id JOIN engagements e ON e.id = n.engagement_id
      WHERE n.id = $1 FOR UPDATE OF n`,
    [noteId],
  );
  return row;
}

export async function updateCoachNoteBody(sql: Sql, noteId: string, body: string, at: Date): Promise<void> {
  await sql.query('UPDATE coach_notes SET body = $2, updated_at = $3 WHERE id = $1', [noteId, body, at]);
}

export async function deleteCoachNote(sql: Sql, noteId: string): Promise<void> {
  await sql.query('DELETE FROM coach_notes WHERE id = $1', [noteId]);
}
