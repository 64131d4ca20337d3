import type { Sql } from '../../db/database.ts';

export type CoachNoteRow = {
  id: string;
  engagementId: string;
  sessionId: string | null;
  body: string;
  authorId: string;
  authorName: string;
  createdAt: Date;
};

const SELECT_NOTE = `
  SELECT n.id, n.engagement_id AS "engagementId", n.session_id AS "sessionId", n.body,
         n.author_id AS "authorId", u.name AS "authorName", n.created_at AS "createdAt"
    FROM coach_notes n JOIN users u ON u.id = n.author_id`;

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
     SELECT n.id, n.engagement_id AS "engagementId", n.session_id AS "sessionId", n.body,
            n.author_id AS "authorId", u.name AS "authorName", n.created_at AS "createdAt"
       FROM n JOIN users u ON u.id = n.author_id`,
    [note.practiceId, note.engagementId, note.sessionId, note.authorId, note.body, note.at],
  );
  if (!row) throw new Error('INSERT ... RETURNING returned no row');
  return row;
}
