import type { CommitmentOwner, CommitmentStatus } from '@tandem/core';
import type { Sql } from '../../db/database.ts';

export type CommitmentEventRow = {
  at: Date;
  actorId: string;
  actorName: string;
  fromStatus: CommitmentStatus | null;
  toStatus: CommitmentStatus;
  outcome: string | null;
  sessionId: string | null;
};

export type CommitmentRow = {
  id: string;
  practiceId: string;
  engagementId: string;
  sessionId: string;
  goalId: string | null;
  owner: CommitmentOwner;
  text: string;
  dueOn: string | null;
  status: CommitmentStatus;
  followUpOutcome: string | null;
  followUpSessionId: string | null;
  followedUpById: string | null;
  followedUpByName: string | null;
  followedUpAt: Date | null;
  createdById: string;
  createdByName: string;
  createdAt: Date;
  updatedAt: Date;
};

const SELECT_COMMITMENT = `
  SELECT c.id, c.practice_id AS "practiceId", c.engagement_id AS "engagementId", c.session_id AS "sessionId",
         c.goal_id AS "goalId", c.owner_side AS owner, c.text, c.due_on AS "dueOn", c.status,
         c.follow_up_outcome AS "followUpOutcome", c.follow_up_session_id AS "followUpSessionId",
         c.followed_up_by AS "followedUpById", fu.name AS "followedUpByName", c.followed_up_at AS "followedUpAt",
         c.created_by AS "createdById", cu.name AS "createdByName", c.created_at AS "createdAt", c.updated_at AS "updatedAt"
    FROM commitments c
    JOIN users cu ON cu.id = c.created_by
    LEFT JOIN users fu ON fu.id = c.followed_up_by`;

/** Open ones first by due date (undated last), then the rest; in the order they were made. */
const ORDER = `ORDER BY c.status <> 'open', c.due_on NULLS LAST, c.seq`;

export async function findCommitment(sql: Sql, commitmentId: string, options: { forUpdate?: boolean } = {}): Promise<CommitmentRow | undefined> {
  const [row] = await sql.query<CommitmentRow>(`${SELECT_COMMITMENT} WHERE c.id = $1${options.forUpdate ? ' FOR UPDATE OF c' : ''}`, [commitmentId]);
  return row;
}

export function listCommitments(sql: Sql, filter: { engagementId: string; status: CommitmentStatus | null }): Promise<CommitmentRow[]> {
  return sql.query<CommitmentRow>(`${SELECT_COMMITMENT} WHERE c.engagement_id = $1 AND ($2::text IS NULL OR c.status = $2) ${ORDER}`, [
    filter.engagementId,
    filter.status,
  ]);
}

export function listCommitmentsOfSession(sql: Sql, sessionId: string): Promise<CommitmentRow[]> {
  return sql.query<CommitmentRow>(`${SELECT_COMMITMENT} WHERE c.session_id = $1 ORDER BY c.seq`, [sessionId]);
}

/** The commitments a person owns across their engagements: the client's as client, the coach's as coach. */
export function listOwnedCommitments(sql: Sql, owner: { userId: string; status: CommitmentStatus | null }): Promise<CommitmentRow[]> {
  return sql.query<CommitmentRow>(
    `${SELECT_COMMITMENT}
       JOIN engagements e ON e.id = c.engagement_id
      WHERE ((e.coach_id = $1 AND c.owner_side = 'coach') OR (e.client_id = $1 AND c.owner_side = 'client'))
        AND ($2::text IS NULL OR c.status = $2)
      ${ORDER}`,
    [owner.userId, owner.status],
  );
}

export function listEvents(sql: Sql, commitmentIds: readonly string[]): Promise<(CommitmentEventRow & { commitmentId: string })[]> {
  if (commitmentIds.length === 0) return Promise.resolve([]);
  return sql.query(
    `SELECT ev.commitment_id AS "commitmentId", ev.at, ev.actor_id AS "actorId", u.name AS "actorName",
            ev.from_status AS "fromStatus", ev.to_status AS "toStatus", ev.outcome, ev.session_id AS "sessionId"
       FROM commitment_events ev JOIN users u ON u.id = ev.actor_id
      WHERE ev.commitment_id = ANY($1::uuid[])
      ORDER BY ev.commitment_id, ev.seq`,
    [commitmentIds],
  );
}

/** Makes a commitment and the first line of its history in one statement. */
export async function insertCommitment(
  sql: Sql,
  commitment: {
    practiceId: string;
    engagementId: string;
    sessionId: string;
    goalId: string | null;
    owner: CommitmentOwner;
    text: string;
    dueOn: string | null;
    createdBy: string;
    at: Date;
  },
): Promise<string> {
  const [row] = await sql.query<{ id: string }>(
    `WITH c AS (
       INSERT INTO commitments (practice_id, engagement_id, session_id, goal_id, owner_side, text, due_on, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
       RETURNING id, practice_id, engagement_id, session_id, status, created_by, created_at
     ), ev AS (
       INSERT INTO commitment_events (practice_id, engagement_id, commitment_id, actor_id, at, from_status, to_status, session_id)
       SELECT practice_id, engagement_id, id, created_by, created_at, NULL, status, session_id FROM c
     )
     SELECT id FROM c`,
    [
      commitment.practiceId,
      commitment.engagementId,
      commitment.sessionId,
      commitment.goalId,
      commitment.owner,
      commitment.text,
      commitment.dueOn,
      commitment.createdBy,
      commitment.at,
    ],
  );
  if (!row) throw new Error('INSERT ... RETURNING returned no row');
  return row.id;
}

/**
 * Changes a commitment's status and records its follow-up (when there is one), and appends the
 * change to its history, in one statement.
 */
export async function changeCommitment(
  sql: Sql,
  change: {
    commitmentId: string;
    engagementId: string;
    practiceId: string;
    fromStatus: CommitmentStatus;
    toStatus: CommitmentStatus;
    followUp: { outcome: string | null; sessionId: string | null } | null;
    by: string;
    at: Date;
  },
): Promise<void> {
  await sql.query(
    `WITH c AS (
       UPDATE commitments
          SET status = $4,
              follow_up_outcome = CASE WHEN $5 THEN $6 ELSE follow_up_outcome END,
              follow_up_session_id = CASE WHEN $5 THEN $7::uuid ELSE follow_up_session_id END,
              followed_up_by = CASE WHEN $5 THEN $8::uuid ELSE followed_up_by END,
              followed_up_at = CASE WHEN $5 THEN $9::timestamptz ELSE followed_up_at END,
              updated_at = $9
        WHERE id = $1
       RETURNING id
     )
     INSERT INTO commitment_events (practice_id, engagement_id, commitment_id, actor_id, at, from_status, to_status, outcome, session_id)
     SELECT $2::uuid, $3::uuid, id, $8::uuid, $9::timestamptz, $10::text, $4::text, $6::text, $7::uuid FROM c`,
    [
      change.commitmentId,
      change.practiceId,
      change.engagementId,
      change.toStatus,
      change.followUp !== null,
      change.followUp?.outcome ?? null,
      change.followUp?.sessionId ?? null,
      change.by,
      change.at,
      change.fromStatus,
    ],
  );
}
