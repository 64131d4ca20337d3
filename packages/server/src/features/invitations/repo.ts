import type { Sql } from '../../db/database.ts';

export type InvitationRow = {
  id: string;
  practiceId: string;
  practiceName: string;
  /** What the invitation offers: a client's place in an engagement, or a coach's in the practice. */
  role: 'client' | 'coach';
  /** The client's engagement; null for a coach's invitation. */
  engagementId: string | null;
  email: string;
  name: string;
  /** The client's coach, or the owner who invited a coach. */
  coachName: string;
  expiresAt: Date;
  acceptedAt: Date | null;
  /** Whether a newer link was made for the same person (the engagement's client, or a coach at this address). */
  replaced: boolean;
};

/** Finds an invitation by the hash of its token, across practices: the token is the key. */
export async function findInvitationByTokenHash(sql: Sql, tokenHash: string): Promise<InvitationRow | undefined> {
  const [row] = await sql.query<InvitationRow>(
    `SELECT id, practice_id AS "practiceId", practice_name AS "practiceName", engagement_id AS "engagementId",
            email, name, coach_name AS "coachName", expires_at AS "expiresAt", accepted_at AS "acceptedAt", role, replaced
       FROM tandem_find_invitation($1)`,
    [tokenHash],
  );
  return row;
}

/** Uses the invitation once; false when it was used (or expired) in the meantime. */
export async function claimInvitation(
  sql: Sql,
  claim: { tokenHash: string; userId: string; now: Date; startedOn: string },
): Promise<boolean> {
  const [row] = await sql.query<{ claimed: boolean }>('SELECT tandem_claim_invitation($1, $2, $3, $4) AS claimed', [
    claim.tokenHash,
    claim.userId,
    claim.now,
    claim.startedOn,
  ]);
  return row?.claimed === true;
}
