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
  clientId: string | null;
  /** The client's name: from their account once accepted, from the invitation before. */
  clientName: string;
  clientEmail: string;
  invitationExpiresAt: Date | null;
};

const SELECT_ENGAGEMENT = `
  SELECT e.id, e.practice_id AS "practiceId", e.status, e.started_on AS "startedOn", e.created_at AS "createdAt",
         e.coach_id AS "coachId", coach.name AS "coachName", e.client_id AS "clientId",
         coalesce(client.name, inv.name) AS "clientName", coalesce(client.email, inv.email) AS "clientEmail",
         CASE WHEN e.client_id IS NULL THEN inv.expires_at END AS "invitationExpiresAt"
    FROM engagements e
    JOIN users coach ON coach.id = e.coach_id
    LEFT JOIN users client ON client.id = e.client_id
    LEFT JOIN LATERAL (
      SELECT name, email, expires_at FROM invitations i WHERE i.engagement_id = e.id ORDER BY i.created_at DESC LIMIT 1
    ) inv ON true`;

/** The engagements a person takes part in; a practice owner sees all of the practice's. */
export function listEngagementsFor(
  sql: Sql,
  viewer: { practiceId: string; userId: string; seesWholePractice: boolean },
): Promise<EngagementRow[]> {
  // The person's own through the coach and client indexes (an OR of the two, or with "the whole
  // practice", made PostgreSQL read every engagement of the practice for anyone).
  const which = viewer.seesWholePractice
    ? 'TRUE'
    : 'e.id IN (SELECT id FROM engagements WHERE coach_id = $2 UNION ALL SELECT id FROM engagements WHERE client_id = $2)';
  return sql.query<EngagementRow>(
    `${SELECT_ENGAGEMENT}
      WHERE e.practice_id = $1 AND ${which} AND $2::uuid IS NOT NULL
      ORDER BY e.status = 'ended', coalesce(client.name, inv.name), e.created_at`,
    [viewer.practiceId, viewer.userId],
  );
}

export async function findEngagement(sql: Sql, practiceId: string, engagementId: string): Promise<EngagementRow | undefined> {
  const [row] = await sql.query<EngagementRow>(`${SELECT_ENGAGEMENT} WHERE e.practice_id = $1 AND e.id = $2`, [
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

export async function insertEngagement(sql: Sql, engagement: { practiceId: string; coachId: string }): Promise<string> {
  const [row] = await sql.query<{ id: string }>(
    `INSERT INTO engagements (practice_id, coach_id, status) VALUES ($1, $2, 'invited') RETURNING id`,
    [engagement.practiceId, engagement.coachId],
  );
  if (!row) throw new Error('INSERT ... RETURNING returned no row');
  return row.id;
}

export async function insertInvitation(
  sql: Sql,
  invitation: { practiceId: string; engagementId: string; email: string; name: string; tokenHash: string; invitedBy: string; expiresAt: Date; createdAt: Date },
): Promise<void> {
  await sql.query(
    `INSERT INTO invitations (practice_id, engagement_id, email, name, token_hash, invited_by, expires_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
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
}

/** A newer link replaces any earlier one that was not used. */
export async function expireOpenInvitations(sql: Sql, engagementId: string, now: Date): Promise<void> {
  await sql.query(
    'UPDATE invitations SET expires_at = $2 WHERE engagement_id = $1 AND accepted_at IS NULL AND expires_at > $2',
    [engagementId, now],
  );
}
