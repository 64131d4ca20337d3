import type { Sql } from '../../db/database.ts';

export type CoachRow = {
  id: string;
  name: string;
  email: string;
  role: 'owner' | 'coach';
  joinedAt: Date;
  invited: number;
  active: number;
  paused: number;
  ended: number;
};

/**
 * The practice's coaches (its owner among them), each with how many engagements they hold in each
 * status: one statement, the owner first, then by name. The engagements are counted in one pass,
 * grouped by coach, and the counts joined to the coaches: 1.0 ms on the big practice of issue 8,
 * where a bitmap scan of each coach's engagements took 1.3 to 2.1 (decision 035).
 */
export function listCoaches(sql: Sql, practiceId: string): Promise<CoachRow[]> {
  return sql.query<CoachRow>(
    `SELECT u.id, u.name, u.email, m.role, m.created_at AS "joinedAt", coalesce(held.invited, 0) AS invited,
            coalesce(held.active, 0) AS active, coalesce(held.paused, 0) AS paused, coalesce(held.ended, 0) AS ended
       FROM memberships m
       JOIN users u ON u.id = m.user_id
       LEFT JOIN (SELECT e.coach_id,
                         count(*) FILTER (WHERE e.status = 'invited')::int AS invited,
                         count(*) FILTER (WHERE e.status = 'active')::int AS active,
                         count(*) FILTER (WHERE e.status = 'paused')::int AS paused,
                         count(*) FILTER (WHERE e.status = 'ended')::int AS ended
                    FROM engagements e WHERE e.practice_id = $1 GROUP BY e.coach_id) held ON held.coach_id = m.user_id
      WHERE m.practice_id = $1 AND m.role IN ('owner', 'coach')
      ORDER BY m.role <> 'owner', u.name COLLATE tandem_names, u.id`,
    [practiceId],
  );
}

export type CoachInvitationRow = {
  id: string;
  name: string;
  email: string;
  invitedByName: string;
  createdAt: Date;
  expiresAt: Date;
};

/** The practice's invitations for coaches still open at `now` (not used, not expired or withdrawn), newest first. */
export function listOpenCoachInvitations(sql: Sql, practiceId: string, now: Date): Promise<CoachInvitationRow[]> {
  return sql.query<CoachInvitationRow>(
    `SELECT i.id, i.name, i.email, u.name AS "invitedByName", i.created_at AS "createdAt", i.expires_at AS "expiresAt"
       FROM invitations i
       JOIN users u ON u.id = i.invited_by
      WHERE i.practice_id = $1 AND i.role = 'coach' AND i.accepted_at IS NULL AND i.expires_at > $2
      ORDER BY i.created_at DESC, i.id`,
    [practiceId, now],
  );
}

/** Keeps a new invitation for a coach, and gives it back as the owner's list shows it. */
export async function insertCoachInvitation(
  sql: Sql,
  invitation: { practiceId: string; email: string; name: string; tokenHash: string; invitedBy: string; expiresAt: Date; createdAt: Date },
): Promise<CoachInvitationRow> {
  const [row] = await sql.query<CoachInvitationRow>(
    `WITH inserted AS (
       INSERT INTO invitations (practice_id, role, email, name, token_hash, invited_by, expires_at, created_at)
       VALUES ($1, 'coach', $2, $3, $4, $5, $6, $7)
       RETURNING id, name, email, invited_by, created_at, expires_at
     )
     SELECT i.id, i.name, i.email, u.name AS "invitedByName", i.created_at AS "createdAt", i.expires_at AS "expiresAt"
       FROM inserted i JOIN users u ON u.id = i.invited_by`,
    [invitation.practiceId, invitation.email, invitation.name, invitation.tokenHash, invitation.invitedBy, invitation.expiresAt, invitation.createdAt],
  );
  if (!row) throw new Error('INSERT ... RETURNING returned no row');
  return row;
}

/**
 * Ends open invitations for coaches now: the one with this id, or every one to this email (a newer
 * link replaces them). The ids of those it ended.
 */
export async function endOpenCoachInvitations(sql: Sql, practiceId: string, which: { id: string } | { email: string }, now: Date): Promise<string[]> {
  const rows = await sql.query<{ id: string }>(
    `UPDATE invitations SET expires_at = $3
      WHERE practice_id = $1 AND role = 'coach' AND accepted_at IS NULL AND expires_at > $3
        AND ${'id' in which ? 'id = $2::uuid' : 'email = $2'}
      RETURNING id`,
    [practiceId, 'id' in which ? which.id : which.email, now],
  );
  return rows.map((row) => row.id);
}

/**
 * Ends a coach's membership of the practice, with their sessions and tokens in it and what was
 * kept for them (migration 0031, which checks again that the caller owns the practice, that the
 * person coaches in it and that no engagement of it is theirs).
 */
export async function removeCoach(sql: Sql, coachId: string, now: Date): Promise<{ sessionsEnded: number; tokensRevoked: number }> {
  const [row] = await sql.query<{ ended: { sessionsEnded: number; tokensRevoked: number } }>('SELECT tandem_remove_coach($1, $2) AS ended', [coachId, now]);
  if (!row) throw new Error('tandem_remove_coach returned no row');
  return row.ended;
}
