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
