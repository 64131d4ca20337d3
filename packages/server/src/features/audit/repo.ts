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
  /** For a hand-over: the coach the client was with and the one they went to, by name. */
  handedOverFrom: string | null;
  handedOverTo: string | null;
};

/** What an owner narrows the log to; each left out narrows nothing. */
export type AuditEventFilter = {
  /** Only these actions (the actions of one kind). */
  actions?: readonly string[] | undefined;
  actorId?: string | undefined;
  /** Only events at or after this instant, and strictly before `until`. */
  since?: Date | undefined;
  until?: Date | undefined;
};

/**
 * A practice's events, newest first, strictly older than `before` (an instant and an id) when given,
 * that pass the filter, each with the name of what it is about where the owner may know it: an
 * account's holder, the practice, the person invited, and for an engagement, a goal or a journal
 * entry the client's name (never a goal's words or an entry's: those are the coach's and the
 * client's alone). A coach the owner removed is still named, as who did something and as whom
 * the removal was about (migration 0037). A hand-over names both coaches, the one the client was
 * with and the one they went to, so that two hand-overs of a client read differently.
 *
 * The bounds in time (the period and the cursor) are written without `IS NULL OR`, a missing one
 * standing for minus or plus infinity, so that even the generic plan reads them as conditions of
 * the index on (practice_id, at DESC, id DESC) and walks only the period; the kind and the person
 * are checked on the events it walks.
 */
export async function listPracticeEvents(
  sql: Sql,
  practiceId: string,
  page: { limit: number; before: { at: Date; id: string } | undefined },
  filter: AuditEventFilter = {},
): Promise<AuditEventRow[]> {
  return sql.query<AuditEventRow>(
    `WITH removed AS MATERIALIZED (SELECT r.id, r.name, r.email FROM tandem_removed_coaches() r)
     SELECT e.id, e.at, e.action, e.subject_type AS "subjectType", e.subject_id AS "subjectId", e.details,
            e.actor_id AS "actorId", coalesce(u.name, r.name) AS "actorName", coalesce(u.email, r.email) AS "actorEmail",
            CASE e.subject_type
              WHEN 'user' THEN coalesce((SELECT s.name FROM users s WHERE s.id = e.subject_id), (SELECT x.name FROM removed x WHERE x.id = e.subject_id))
              WHEN 'practice' THEN (SELECT p.name FROM practices p WHERE p.id = e.subject_id)
              WHEN 'invitation' THEN (SELECT i.name FROM invitations i WHERE i.id = e.subject_id)
              WHEN 'engagement' THEN (SELECT en.client_name FROM engagements en WHERE en.id = e.subject_id)
              WHEN 'goal' THEN (SELECT en.client_name FROM engagements en WHERE en.id = (e.details->>'engagementId')::uuid)
              WHEN 'journal_entry' THEN (SELECT en.client_name FROM engagements en WHERE en.id = (e.details->>'engagementId')::uuid)
            END AS "subjectName",
            CASE WHEN e.action = 'engagement_handed_over' THEN coalesce(
              (SELECT s.name FROM users s WHERE s.id = (e.details->>'from')::uuid),
              (SELECT x.name FROM removed x WHERE x.id = (e.details->>'from')::uuid)) END AS "handedOverFrom",
            CASE WHEN e.action = 'engagement_handed_over' THEN coalesce(
              (SELECT s.name FROM users s WHERE s.id = (e.details->>'to')::uuid),
              (SELECT x.name FROM removed x WHERE x.id = (e.details->>'to')::uuid)) END AS "handedOverTo"
       FROM audit_events e
       LEFT JOIN users u ON u.id = e.actor_id
       LEFT JOIN removed r ON r.id = e.actor_id
      WHERE e.practice_id = $1
        AND e.at >= coalesce($2::timestamptz, '-infinity')
        AND e.at < coalesce($3::timestamptz, 'infinity')
        AND (e.at, e.id) < (coalesce($4::timestamptz, 'infinity'), coalesce($5::uuid, 'ffffffff-ffff-ffff-ffff-ffffffffffff'))
        AND ($6::text[] IS NULL OR e.action = ANY ($6::text[]))
        AND ($7::uuid IS NULL OR e.actor_id = $7::uuid)
      ORDER BY e.at DESC, e.id DESC
      LIMIT $8`,
    [
      practiceId,
      filter.since ?? null,
      filter.until ?? null,
      page.before?.at ?? null,
      page.before?.id ?? null,
      filter.actions ? [...filter.actions] : null,
      filter.actorId ?? null,
      page.limit,
    ],
  );
}

export type AuditActorRow = { id: string; name: string; email: string };

/**
 * Everyone who did something in the practice's log, by name in reading order (decision 038):
 * the people an owner may narrow it to, the coaches they removed included (migration 0037).
 * Someone else whose account the owner may not see (row-level security on users) is left out,
 * as the log shows them unnamed.
 */
export function listPracticeActors(sql: Sql, practiceId: string): Promise<AuditActorRow[]> {
  return sql.query<AuditActorRow>(
    `WITH actors AS MATERIALIZED (SELECT DISTINCT e.actor_id AS id FROM audit_events e WHERE e.practice_id = $1)
     SELECT people.id, people.name, people.email
       FROM (SELECT u.id, u.name, u.email FROM users u WHERE u.id IN (SELECT id FROM actors)
             UNION
             SELECT r.id, r.name, r.email FROM tandem_removed_coaches() r WHERE r.id IN (SELECT id FROM actors)) people
      ORDER BY people.name COLLATE tandem_names, people.email`,
    [practiceId],
  );
}
