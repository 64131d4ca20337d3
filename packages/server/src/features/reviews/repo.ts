import type { Horizon, ReviewedGoal, ReviewOutcome, ReviewQuestionKey, RiskCode, RiskSeverity, RiskStatus } from '@tandem/core';
import type { Sql } from '../../db/database.ts';

/** Where the goal stood when it was reviewed, kept as it was (reasons in both languages). */
export type ReviewSnapshot = {
  status: RiskStatus;
  progress: number;
  expectedProgress: number | null;
  hasMeasure: boolean;
  reasons: { code: RiskCode; severity: RiskSeverity; params: Record<string, unknown>; text: { en: string; lv: string } }[];
  /**
   * The goal as it was reviewed, which the walk-through's questions were worded for (its horizon,
   * whether goals sat under it); missing in reviews held before it was kept.
   */
  askedOf?: ReviewedGoal;
};

export type ReviewChanges = {
  title?: string | undefined;
  description?: string | undefined;
  whyItMatters?: string | undefined;
  startsOn?: string | null | undefined;
  dueOn?: string | null | undefined;
  valueIds?: string[] | undefined;
  parentId?: string | null | undefined;
};

/**
 * What became of a review's proposed change: agreed by both sides, declined, still waiting for
 * agreement, or replaced by a later change before anyone decided.
 */
export type ReviewProposal = 'agreed' | 'declined' | 'waiting' | 'replaced';

export type ReviewRow = {
  id: string;
  practiceId: string;
  engagementId: string;
  goalId: string;
  goalTitle: string;
  /** The goal as it is now, to word the walk-through's questions of a review that kept no `snapshot.askedOf`. */
  goalHorizon: Horizon;
  goalHasGoalsUnder: boolean;
  heldOn: string;
  dueOn: string | null;
  outcome: ReviewOutcome;
  notes: string;
  reason: string;
  changes: ReviewChanges;
  revisionId: string | null;
  /** What became of the change a modify or realign proposed; null for keep and drop. */
  proposal: ReviewProposal | null;
  answers: Partial<Record<ReviewQuestionKey, string>>;
  snapshot: ReviewSnapshot;
  heldById: string;
  heldByName: string;
  createdAt: Date;
};

/** Whether goals other than dropped ones sit under the goal `goalId` (an SQL expression) names. */
const goalsUnder = (goalId: string) => `EXISTS (SELECT 1 FROM goals under WHERE under.parent_id = ${goalId} AND under.state <> 'dropped')`;

// The goal's title is the words in force now: the active revision, or the latest proposal.
const SELECT_REVIEW = `
  SELECT r.id, r.practice_id AS "practiceId", r.engagement_id AS "engagementId", r.goal_id AS "goalId",
         gr.title AS "goalTitle", g.horizon AS "goalHorizon",
         ${goalsUnder('g.id')} AS "goalHasGoalsUnder",
         r.held_on AS "heldOn", r.due_on AS "dueOn", r.outcome, r.notes, r.reason,
         r.changes, r.revision_id AS "revisionId", r.answers, r.snapshot,
         CASE WHEN r.revision_id IS NULL THEN NULL
              WHEN (SELECT count(DISTINCT a.side) FROM goal_agreements a
                     WHERE a.goal_id = r.goal_id AND a.revision_id = r.revision_id AND a.decision = 'agree') = 2 THEN 'agreed'
              WHEN EXISTS (SELECT 1 FROM goal_agreements a
                            WHERE a.goal_id = r.goal_id AND a.revision_id = r.revision_id AND a.decision = 'decline') THEN 'declined'
              WHEN r.revision_id = g.pending_revision_id THEN 'waiting'
              ELSE 'replaced' END AS proposal,
         r.held_by AS "heldById", u.name AS "heldByName", r.created_at AS "createdAt"
    FROM reviews r
    JOIN users u ON u.id = r.held_by
    JOIN goals g ON g.id = r.goal_id
    JOIN goal_revisions gr ON gr.goal_id = g.id AND gr.id = coalesce(g.active_revision_id, g.pending_revision_id)`;

export function listReviewsOfGoal(sql: Sql, goalId: string): Promise<ReviewRow[]> {
  return sql.query<ReviewRow>(`${SELECT_REVIEW} WHERE r.goal_id = $1 ORDER BY r.held_on DESC, r.seq DESC`, [goalId]);
}

/**
 * What a review needs of the goal beyond its row, in one statement: whether any goal not dropped
 * sits under it in the cascade (the walk-through's wording), and the due date of its words in force
 * (null without an active revision: when it is next looked back on).
 */
export async function findReviewedGoal(sql: Sql, goalId: string): Promise<{ hasGoalsUnder: boolean; dueOn: string | null }> {
  const [row] = await sql.query<{ hasGoalsUnder: boolean; dueOn: string | null }>(
    `SELECT ${goalsUnder('g.id')} AS "hasGoalsUnder", gr.due_on AS "dueOn"
       FROM goals g LEFT JOIN goal_revisions gr ON gr.goal_id = g.id AND gr.id = g.active_revision_id
      WHERE g.id = $1`,
    [goalId],
  );
  return { hasGoalsUnder: row?.hasGoalsUnder === true, dueOn: row?.dueOn ?? null };
}

export async function findReview(sql: Sql, reviewId: string): Promise<ReviewRow | undefined> {
  const [row] = await sql.query<ReviewRow>(`${SELECT_REVIEW} WHERE r.id = $1`, [reviewId]);
  return row;
}

/** An engagement's reviews held between two days (both included), oldest first. */
export function listReviewsOfEngagement(sql: Sql, filter: { engagementId: string; from: string; to: string }): Promise<ReviewRow[]> {
  return sql.query<ReviewRow>(
    `${SELECT_REVIEW} WHERE r.engagement_id = $1 AND r.held_on BETWEEN $2::date AND $3::date ORDER BY r.held_on, r.seq`,
    [filter.engagementId, filter.from, filter.to],
  );
}


export async function insertReview(
  sql: Sql,
  review: Omit<ReviewRow, 'id' | 'goalTitle' | 'goalHorizon' | 'goalHasGoalsUnder' | 'heldById' | 'heldByName' | 'createdAt' | 'proposal'> & { heldBy: string; at: Date },
): Promise<string> {
  const [row] = await sql.query<{ id: string }>(
    `INSERT INTO reviews (practice_id, engagement_id, goal_id, held_on, due_on, outcome, notes, reason, changes, revision_id,
                          answers, snapshot, held_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11::jsonb, $12::jsonb, $13, $14)
     RETURNING id`,
    [
      review.practiceId,
      review.engagementId,
      review.goalId,
      review.heldOn,
      review.dueOn,
      review.outcome,
      review.notes,
      review.reason,
      JSON.stringify(review.changes),
      review.revisionId,
      JSON.stringify(review.answers),
      JSON.stringify(review.snapshot),
      review.heldBy,
      review.at,
    ],
  );
  if (!row) throw new Error('INSERT ... RETURNING returned no row');
  return row.id;
}
