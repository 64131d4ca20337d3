import type { CarryDetail, CarryKind, CommitmentStatus, SessionStatus } from '@tandem/core';
import type { Sql } from '../../db/database.ts';

export type SessionRow = {
  id: string;
  practiceId: string;
  engagementId: string;
  scheduledAt: Date;
  durationMinutes: number;
  status: SessionStatus;
  goalIds: string[];
  sharedNotes: string;
  notesUpdatedById: string | null;
  notesUpdatedByName: string | null;
  notesUpdatedAt: Date | null;
  /** Who cancelled the session and when; null unless it is cancelled (and for sessions cancelled before migration 0041). */
  cancelledById: string | null;
  cancelledByName: string | null;
  cancelledAt: Date | null;
  version: number;
  createdById: string;
  createdByName: string;
  createdAt: Date;
  updatedAt: Date;
  /** The client's time zone (the coach's while the client has not joined yet). */
  clientTimeZone: string;
};

export type SessionParties = { coachId: string; clientId: string | null };

const SELECT_SESSION = `
  SELECT s.id, s.practice_id AS "practiceId", s.engagement_id AS "engagementId", s.scheduled_at AS "scheduledAt",
         s.duration_minutes AS "durationMinutes", s.status, s.goal_ids::text[] AS "goalIds", s.shared_notes AS "sharedNotes",
         s.notes_updated_by AS "notesUpdatedById", nu.name AS "notesUpdatedByName", s.notes_updated_at AS "notesUpdatedAt",
         s.cancelled_by AS "cancelledById", xu.name AS "cancelledByName", s.cancelled_at AS "cancelledAt",
         s.version, s.created_by AS "createdById", cu.name AS "createdByName", s.created_at AS "createdAt",
         s.updated_at AS "updatedAt", coalesce(client.time_zone, coach.time_zone) AS "clientTimeZone",
         e.coach_id AS "coachId", e.client_id AS "clientId"
    FROM coaching_sessions s
    JOIN engagements e ON e.id = s.engagement_id
    JOIN users coach ON coach.id = e.coach_id
    LEFT JOIN users client ON client.id = e.client_id
    JOIN users cu ON cu.id = s.created_by
    LEFT JOIN users nu ON nu.id = s.notes_updated_by
    LEFT JOIN users xu ON xu.id = s.cancelled_by`;

type SessionWithParties = SessionRow & SessionParties;

function split(row: SessionWithParties): { session: SessionRow; parties: SessionParties } {
  const { coachId, clientId, ...session } = row;
  return { session, parties: { coachId, clientId } };
}

/** A session with the parties of its engagement, in one look-up: what its access check needs. */
export async function findSession(sql: Sql, sessionId: string, options: { forUpdate?: boolean } = {}) {
  const [row] = await sql.query<SessionWithParties>(
    `${SELECT_SESSION} WHERE s.id = $1${options.forUpdate ? ' FOR UPDATE OF s' : ''}`,
    [sessionId],
  );
  return row ? split(row) : undefined;
}

/** An engagement's sessions, the latest first. */
export async function listSessions(sql: Sql, engagementId: string): Promise<SessionRow[]> {
  const rows = await sql.query<SessionWithParties>(`${SELECT_SESSION} WHERE s.engagement_id = $1 ORDER BY s.scheduled_at DESC, s.created_at DESC`, [engagementId]);
  return rows.map((row) => split(row).session);
}

export async function insertSession(
  sql: Sql,
  session: {
    practiceId: string;
    engagementId: string;
    scheduledAt: Date;
    durationMinutes: number;
    goalIds: string[];
    status: 'planned' | 'held';
    createdBy: string;
    at: Date;
  },
): Promise<string> {
  const [row] = await sql.query<{ id: string }>(
    `INSERT INTO coaching_sessions (practice_id, engagement_id, scheduled_at, duration_minutes, goal_ids, status, created_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5::uuid[], $6, $7, $8, $8) RETURNING id`,
    [session.practiceId, session.engagementId, session.scheduledAt, session.durationMinutes, session.goalIds, session.status, session.createdBy, session.at],
  );
  if (!row) throw new Error('INSERT ... RETURNING returned no row');
  return row.id;
}

export type SessionChanges = {
  /** A new status, and who changed it: cancelling keeps who and when, any other status forgets them. */
  status?: { to: SessionStatus; by: string } | undefined;
  scheduledAt?: Date | undefined;
  durationMinutes?: number | undefined;
  goalIds?: string[] | undefined;
  /** New shared notes, and who wrote them. */
  notes?: { text: string; by: string } | undefined;
};

/** Applies changes and moves the session to its next version. */
export async function updateSession(sql: Sql, sessionId: string, changes: SessionChanges, at: Date): Promise<void> {
  await sql.query(
    `UPDATE coaching_sessions
        SET status = coalesce($2, status), scheduled_at = coalesce($3, scheduled_at),
            duration_minutes = coalesce($4, duration_minutes), goal_ids = coalesce($5::uuid[], goal_ids),
            shared_notes = coalesce($6, shared_notes),
            notes_updated_by = CASE WHEN $6::text IS NULL THEN notes_updated_by ELSE $7 END,
            notes_updated_at = CASE WHEN $6::text IS NULL THEN notes_updated_at ELSE $8 END,
            cancelled_by = CASE WHEN $2::text IS NULL THEN cancelled_by WHEN $2 = 'cancelled' THEN $9::uuid END,
            cancelled_at = CASE WHEN $2::text IS NULL THEN cancelled_at WHEN $2 = 'cancelled' THEN $8 END,
            version = version + 1, updated_at = $8
      WHERE id = $1`,
    [
      sessionId,
      changes.status?.to ?? null,
      changes.scheduledAt ?? null,
      changes.durationMinutes ?? null,
      changes.goalIds ?? null,
      changes.notes?.text ?? null,
      changes.notes?.by ?? null,
      at,
      changes.status?.by ?? null,
    ],
  );
}

export type AgendaItemRow = {
  id: string;
  sessionId: string;
  position: number;
  text: string;
  goalId: string | null;
  carriedFromKind: CarryKind | null;
  carriedFromId: string | null;
  carriedDetail: CarryDetail | null;
  /** For a carried commitment, its status now: it may have been done or dropped since. */
  carriedCommitmentStatus: CommitmentStatus | null;
  createdById: string;
  createdByName: string;
  createdAt: Date;
  updatedAt: Date | null;
};

const SELECT_AGENDA_ITEM = `
  SELECT a.id, a.session_id AS "sessionId", a.position, a.text, a.goal_id AS "goalId",
         a.carried_from_kind AS "carriedFromKind", a.carried_from_id AS "carriedFromId", a.carried_detail AS "carriedDetail",
         c.status AS "carriedCommitmentStatus",
         a.created_by AS "createdById", u.name AS "createdByName", a.created_at AS "createdAt",
         a.updated_at AS "updatedAt"
    FROM agenda_items a JOIN users u ON u.id = a.created_by
    LEFT JOIN commitments c ON a.carried_from_kind = 'commitment' AND c.id = a.carried_from_id`;

export function listAgendaItems(sql: Sql, sessionId: string): Promise<AgendaItemRow[]> {
  return sql.query<AgendaItemRow>(`${SELECT_AGENDA_ITEM} WHERE a.session_id = $1 ORDER BY a.position, a.created_at, a.id`, [sessionId]);
}

export type NewAgendaItem = {
  text: string;
  goalId: string | null;
  carriedFrom: { kind: CarryKind; id: string; detail: CarryDetail } | null;
};

/** Appends items at the end of a session's agenda, in the order given. */
export async function appendAgendaItems(
  sql: Sql,
  session: { practiceId: string; engagementId: string; sessionId: string },
  items: readonly NewAgendaItem[],
  by: { userId: string; at: Date },
): Promise<string[]> {
  if (items.length === 0) return [];
  // One JSON document for all the items: the same on both engines, whatever the words hold.
  const rows = await sql.query<{ id: string }>(
    `INSERT INTO agenda_items (practice_id, engagement_id, session_id, position, text, goal_id, carried_from_kind, carried_from_id,
                               carried_detail, created_by, created_at)
     SELECT $1::uuid, $2::uuid, $3::uuid,
            (SELECT coalesce(max(position) + 1, 0) FROM agenda_items WHERE session_id = $3) + x.ord - 1,
            x.item->>'text', (x.item->>'goalId')::uuid, x.item->>'kind', (x.item->>'sourceId')::uuid, nullif(x.item->'detail', 'null'::jsonb), $4::uuid, $5::timestamptz
       FROM jsonb_array_elements($6::jsonb) WITH ORDINALITY AS x (item, ord)
      ORDER BY x.ord
     RETURNING id`,
    [
      session.practiceId,
      session.engagementId,
      session.sessionId,
      by.userId,
      by.at,
      JSON.stringify(
        items.map((item) => ({
          text: item.text,
          goalId: item.goalId,
          kind: item.carriedFrom?.kind ?? null,
          sourceId: item.carriedFrom?.id ?? null,
          detail: item.carriedFrom?.detail ?? null,
        })),
      ),
    ],
  );
  return rows.map((row) => row.id);
}

/** Puts a session's agenda items in the order of `itemIds` (all of them, each once). */
export async function reorderAgendaItems(sql: Sql, sessionId: string, itemIds: readonly string[]): Promise<void> {
  await sql.query(
    `UPDATE agenda_items a SET position = x.ord - 1
       FROM unnest($2::uuid[]) WITH ORDINALITY AS x (id, ord)
      WHERE a.id = x.id AND a.session_id = $1`,
    [sessionId, itemIds],
  );
}

/** The session an agenda item is on (row-level security shows it to the engagement's people only). */
export async function findAgendaItemSession(sql: Sql, itemId: string): Promise<string | undefined> {
  const [row] = await sql.query<{ sessionId: string }>('SELECT session_id AS "sessionId" FROM agenda_items WHERE id = $1', [itemId]);
  return row?.sessionId;
}

export async function updateAgendaItemText(sql: Sql, itemId: string, text: string, at: Date): Promise<void> {
  await sql.query('UPDATE agenda_items SET text = $2, updated_at = $3 WHERE id = $1', [itemId, text, at]);
}

/** Removes an item and closes the gap: the remaining items keep their order at positions 0..n-1. */
export async function deleteAgendaItem(sql: Sql, sessionId: string, itemId: string): Promise<void> {
  await sql.query('DELETE FROM agenda_items WHERE id = $1 AND session_id = $2', [itemId, sessionId]);
  await sql.query(
    `UPDATE agenda_items a SET position = r.position
       FROM (SELECT id, row_number() OVER (ORDER BY position, created_at, id) - 1 AS position FROM agenda_items WHERE session_id = $1) r
      WHERE a.id = r.id AND a.position <> r.position`,
    [sessionId],
  );
}

/** The time zone of an engagement's client (its coach's while the client has not joined yet). */
/** The engagement's first planned session that starts after `after`, if any is planned. */
export async function findNextPlannedSession(sql: Sql, engagementId: string, after: Date): Promise<{ id: string; practiceId: string } | undefined> {
  const [row] = await sql.query<{ id: string; practiceId: string }>(
    `SELECT id, practice_id AS "practiceId" FROM coaching_sessions
      WHERE engagement_id = $1 AND status = 'planned' AND scheduled_at > $2
      ORDER BY scheduled_at, id LIMIT 1`,
    [engagementId, after],
  );
  return row;
}

export async function findClientTimeZone(sql: Sql, engagementId: string): Promise<string | undefined> {
  const [row] = await sql.query<{ timeZone: string }>(
    `SELECT coalesce(client.time_zone, coach.time_zone) AS "timeZone"
       FROM engagements e JOIN users coach ON coach.id = e.coach_id LEFT JOIN users client ON client.id = e.client_id
      WHERE e.id = $1`,
    [engagementId],
  );
  return row?.timeZone;
}
