import type { Sql } from '../../db/database.ts';

export type AuditEvent = {
  actorId: string;
  practiceId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  details?: object;
};

export async function insertAuditEvent(sql: Sql, event: AuditEvent, at: Date): Promise<void> {
  await sql.query(
    `INSERT INTO audit_events (practice_id, actor_id, action, subject_type, subject_id, details, at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [event.practiceId, event.actorId, event.action, event.subjectType, event.subjectId, JSON.stringify(event.details ?? {}), at],
  );
}

export type AuditEventRow = {
  id: string;
  at: Date;
  action: string;
  subjectType: string;
  subjectId: string | null;
  details: Record<string, unknown>;
  subjectName: string | null;
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
};

/**
 * A practice's events, newest first, strictly older than `before` (an instant and an id) when given,
 * each with the name of what it is about where the owner may know it: an account's holder, the
 * practice, the person invited, and for an engagement, a goal or a journal entry the client's name
 * (never a goal's words or an entry's: those are the coach's and the client's alone).
 */
export async function listPracticeEvents(
  sql: Sql,
  practiceId: string,
  page: { limit: number; before: { at: Date; id: string } | undefined },
): Promise<AuditEventRow[]> {
  return sql.query<AuditEventRow>(
    `SELECT e.id, e.at, e.action, e.subject_type AS "subjectType", e.subject_id AS "subjectId", e.details,
            e.actor_id AS "actorId", u.name AS "actorName", u.email AS "actorEmail",
            CASE e.subject_type
              WHEN 'user' THEN (SELECT s.name FROM users s WHERE s.id = e.subject_id)
              WHEN 'practice' THEN (SELECT p.name FROM practices p WHERE p.id = e.subject_id)
              WHEN 'invitation' THEN (SELECT i.name FROM invitations i WHERE i.id = e.subject_id)
              WHEN 'engagement' THEN (SELECT en.client_name FROM engagements en WHERE en.id = e.subject_id)
              WHEN 'goal' THEN (SELECT en.client_name FROM engagements en WHERE en.id = (e.details->>'engagementId')::uuid)
              WHEN 'journal_entry' THEN (SELECT en.client_name FROM engagements en WHERE en.id = (e.details->>'engagementId')::uuid)
            END AS "subjectName"
       FROM audit_events e
       LEFT JOIN users u ON u.id = e.actor_id
      WHERE e.practice_id = $1
        AND ($2::timestamptz IS NULL OR (e.at, e.id) < ($2::timestamptz, $3::uuid))
      ORDER BY e.at DESC, e.id DESC
      LIMIT $4`,
    [practiceId, page.before?.at ?? null, page.before?.id ?? null, page.limit],
  );
}
