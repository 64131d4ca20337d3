import type { EngagementStatus } from '@tandem/core';
import type { Sql } from '../../db/database.ts';

export type EngagementRow = {
  id: string;
  practiceId: string;
  status: EngagementStatus;
  startedOn: string | null;
  createdAt: Date;
  coachId: string;
  coachName: string;
  coachTimeZone: string;
  clientId: string | null;
  /** The client's name: from their account once accepted, from the invitation before. */
  clientName: string;
  clientEmail: string;
  /** The client's time zone once they joined. */
  clientTimeZone: string | null;
  /** Until the client joins, their latest invitation (the one whose link may still work) and when it expires. */
  invitationId: string | null;
  invitationExpiresAt: Date | null;
};

/**
 * The latest of an engagement's invitations first; of two made at the same instant, the one still
 * open (the other was ended by it), so that both look-ups below find the same one.
 */
const LATEST_INVITATION = 'i.created_at DESC, i.expires_at DESC, i.id';

/**
 * An engagement (`e`) with the names of its people: the coach's from `users`, the client's from
 * the engagement's own row (the account's once joined, the latest invitation's before: migration
 * 0029), and until the client joins, their latest invitation and when it expires. Both people's
 * time zones come from `users` (`coach`, and `client` joined on the left: no one before joining).
 */
const SELECT_ENGAGEMENT = `
  SELECT e.id, e.practice_id AS "practiceId", e.status, e.started_on AS "startedOn", e.created_at AS "createdAt",
         e.coach_id AS "coachId", coach.name AS "coachName", coach.time_zone AS "coachTimeZone", e.client_id AS "clientId",
         coalesce(e.client_name, '') AS "clientName", coalesce(e.client_email, '') AS "clientEmail", client.time_zone AS "clientTimeZone",
         CASE WHEN e.client_id IS NULL THEN (
           SELECT i.id FROM invitations i WHERE i.engagement_id = e.id ORDER BY ${LATEST_INVITATION} LIMIT 1
         ) END AS "invitationId",
         CASE WHEN e.client_id IS NULL THEN (
           SELECT i.expires_at FROM invitations i WHERE i.engagement_id = e.id ORDER BY ${LATEST_INVITATION} LIMIT 1
         ) END AS "invitationExpiresAt"`;
const JOIN_PEOPLE = 'JOIN users coach ON coach.id = e.coach_id LEFT JOIN users client ON client.id = e.client_id';
/** The list's order: the ended last, then by the client's name as people sort names (migration 0034). */
const LIST_ORDER = `ORDER BY e.status = 'ended', e.client_name COLLATE tandem_names, e.created_at, e.id`;

/** Which of the engagements a person may see to list, and a page of them; each part optional. */
export type EngagementFilter = {
  coachId?: string | undefined;
  status?: EngagementStatus | undefined;
  /** Part of the client's name or email, in any case, with or without diacritics (migration 0035). */
  search?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
};

/** `%`, `_` and `\` stand for themselves in a search, not for LIKE's wildcards. */
function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * The engagements a person takes part in (a practice owner sees all of the practice's) that pass
 * the filter, in the list's order (the ended last, then by the client's name), a page of them
 * when a limit is given; with how many pass the filter in all.
 */
export async function listEngagementsFor(
  sql: Sql,
  viewer: { practiceId: string; userId: string; seesWholePractice: boolean },
  filter: EngagementFilter = {},
): Promise<{ rows: EngagementRow[]; total: number }> {
  // The person's own through the coach and client indexes (an OR of the two, or with "the whole
  // practice", made PostgreSQL read every engagement of the practice for anyone). The page is
  // chosen and counted from the engagements alone, which carry the client's name and email
  // (migration 0029); only its rows are joined to their coach and invitation.
  const which = viewer.seesWholePractice
    ? 'TRUE'
    : 'e.id IN (SELECT id FROM engagements WHERE coach_id = $2 UNION ALL SELECT id FROM engagements WHERE client_id = $2)';
  const search = filter.search?.trim() ? likePattern(filter.search.trim()) : null;
  const rows = await sql.query<EngagementRow & { total: string }>(
    `${SELECT_ENGAGEMENT}, e.total
       FROM (SELECT e.*, count(*) OVER () AS total FROM engagements e
              WHERE e.practice_id = $1 AND ${which} AND $2::uuid IS NOT NULL
                AND ($3::uuid IS NULL OR e.coach_id = $3) AND ($4::text IS NULL OR e.status = $4)
                AND ($5::text IS NULL OR e.client_name_plain ILIKE (SELECT tandem_without_diacritics($5)) OR e.client_email ILIKE (SELECT tandem_without_diacritics($5)))
              ${LIST_ORDER} LIMIT $6 OFFSET $7) e
       ${JOIN_PEOPLE}
      ${LIST_ORDER}`,
    [viewer.practiceId, viewer.userId, filter.coachId ?? null, filter.status ?? null, search, filter.limit ?? null, filter.offset ?? 0],
  );
  const [first] = rows;
  if (first) return { rows: rows.map(({ total: _total, ...row }) => row), total: Number(first.total) };
  // A page past the end: how many there are, from the first page of one.
  if ((filter.offset ?? 0) > 0) return { rows: [], total: (await listEngagementsFor(sql, viewer, { ...filter, limit: 1, offset: 0 })).total };
  return { rows: [], total: 0 };
}

export async function findEngagement(sql: Sql, practiceId: string, engagementId: string): Promise<EngagementRow | undefined> {
  const [row] = await sql.query<EngagementRow>(`${SELECT_ENGAGEMENT} FROM engagements e ${JOIN_PEOPLE} WHERE e.practice_id = $1 AND e.id = $2`, [
    practiceId,
    engagementId,
  ]);
  return row;
}

export type EngagementParties = { id: string; practiceId: string; coachId: string; clientId: string | null; status: EngagementStatus };

/** Who an engagement is between: all that access checks need, in one cheap look-up. */
export async function findEngagementParties(sql: Sql, practiceId: string, engagementId: string): Promise<EngagementParties | undefined> {
  const [row] = await sql.query<EngagementParties>(
    `SELECT id, practice_id AS "practiceId", coach_id AS "coachId", client_id AS "clientId", status
       FROM engagements WHERE practice_id = $1 AND id = $2`,
    [practiceId, engagementId],
  );
  return row;
}

/** Hands the engagement over to another coach; the members and the stamps follow (migrations 0022, 0028). */
export async function setCoach(sql: Sql, practiceId: string, engagementId: string, coachId: string): Promise<void> {
  await sql.query('UPDATE engagements SET coach_id = $3 WHERE practice_id = $1 AND id = $2', [practiceId, engagementId, coachId]);
}

/** Whether the person coaches in the practice (its owner included). */
export async function isCoachOfPractice(sql: Sql, practiceId: string, userId: string): Promise<boolean> {
  const [row] = await sql.query<{ coaches: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM memberships WHERE practice_id = $1 AND user_id = $2 AND role IN ('owner', 'coach')) AS coaches`,
    [practiceId, userId],
  );
  return row?.coaches === true;
}

export async function insertEngagement(sql: Sql, engagement: { practiceId: string; coachId: string }): Promise<string> {
  const [row] = await sql.query<{ id: string }>(
    `INSERT INTO engagements (practice_id, coach_id, status) VALUES ($1, $2, 'invited') RETURNING id`,
    [engagement.practiceId, engagement.coachId],
  );
  if (!row) throw new Error('INSERT ... RETURNING returned no row');
  return row.id;
}

/** Keeps a new invitation for the client of an engagement; its id. */
export async function insertInvitation(
  sql: Sql,
  invitation: { practiceId: string; engagementId: string; email: string; name: string; tokenHash: string; invitedBy: string; expiresAt: Date; createdAt: Date },
): Promise<string> {
  const [row] = await sql.query<{ id: string }>(
    `INSERT INTO invitations (practice_id, engagement_id, email, name, token_hash, invited_by, expires_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      invitation.practiceId,
      invitation.engagementId,
      invitation.email,
      invitation.name,
      invitation.tokenHash,
      invitation.invitedBy,
      invitation.expiresAt,
      invitation.createdAt,
    ],
  );
  if (!row) throw new Error('INSERT ... RETURNING returned no row');
  return row.id;
}

/** A newer link replaces any earlier one that was not used. */
export async function expireOpenInvitations(sql: Sql, engagementId: string, now: Date): Promise<void> {
  await sql.query(
    'UPDATE invitations SET expires_at = $2 WHERE engagement_id = $1 AND accepted_at IS NULL AND expires_at > $2',
    [engagementId, now],
  );
}
