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
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
};

/** A practice's events, newest first, strictly older than `before` (an instant and an id) when given. */
export async function listPracticeEvents(
  sql: Sql,
  practiceId: string,
  page: { limit: number; before: { at: Date; id: string } | undefined },
): Promise<AuditEventRow[]> {
  return sql.query<AuditEventRow>(
    `SELECT e.id, e.at, e.action, e.subject_type AS "subjectType", e.subject_id AS "subjectId", e.details,
            e.actor_id AS "actorId", u.name AS "actorName", u.email AS "actorEmail"
       FROM audit_events e
       LEFT JOIN users u ON u.id = e.actor_id
      WHERE e.practice_id = $1
        AND ($2::timestamptz IS NULL OR (e.at, e.id) < ($2::timestamptz, $3::uuid))
      ORDER BY e.at DESC, e.id DESC
      LIMIT $4`,
    [practiceId, page.before?.at ?? null, page.before?.id ?? null, page.limit],
  );
}
