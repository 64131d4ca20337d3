import type { GoalState, Horizon, Locale, Side, SmartAssessment } from '@tandem/core';
import type { Sql } from '../../db/database.ts';

export type GoalRow = {
  id: string;
  practiceId: string;
  engagementId: string;
  parentId: string | null;
  horizon: Horizon;
  state: GoalState;
  activeRevisionId: string | null;
  pendingRevisionId: string | null;
  pendingAgreedBy: Side[];
  weight: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  activatedAt: Date | null;
  closedAt: Date | null;
  closingReason: string | null;
};

/** An assessment as stored (a revision's, a goal's current one): in every language, so that each reader reads their own. */
export type StoredSmart = { en: SmartAssessment; lv: SmartAssessment };

export type RevisionRow = {
  id: string;
  goalId: string;
  number: number;
  authorId: string;
  authorName: string;
  authorSide: Side;
  createdAt: Date;
  reason: string;
  title: string;
  description: string;
  whyItMatters: string;
  horizon: Horizon;
  /** Where the goal stands in the cascade under these words (takes effect with them). */
  parentId: string | null;
  startsOn: string | null;
  dueOn: string | null;
  valueIds: string[];
  /** Its SMART assessment when saved, in the reader's language (read as such: half the JSON). */
  smart: SmartAssessment;
};

/** A revision of a goal's words as looked up for a view of the goal. */
export type RevisionInViewRow = RevisionRow & {
  /**
   * When these are the goal's words in force: the goal's assessment of them with its metrics
   * today (null until a metric is added), in the reader's language. Null for other revisions.
   */
  goalSmart: SmartAssessment | null;
};

export type AgreementRow = {
  id: string;
  revisionId: string;
  userId: string;
  userName: string;
  side: Side;
  decision: 'agree' | 'decline';
  comment: string;
  implied: boolean;
  at: Date;
};

const GOAL_COLUMNS = `g.id, g.practice_id AS "practiceId", g.engagement_id AS "engagementId", g.parent_id AS "parentId",
  g.horizon, g.state, g.active_revision_id AS "activeRevisionId", g.pending_revision_id AS "pendingRevisionId",
  g.pending_agreed_by AS "pendingAgreedBy", g.weight, g.version, g.created_at AS "createdAt", g.updated_at AS "updatedAt",
  g.activated_at AS "activatedAt", g.closed_at AS "closedAt", g.closing_reason AS "closingReason"`;

/** Each field of a revision `r` by author `u`, its assessment in the language given as `$2`. */
const REVISION_FIELDS: Record<keyof RevisionRow, string> = {
  id: 'r.id',
  goalId: 'r.goal_id',
  number: 'r.number',
  authorId: 'r.author_id',
  authorName: 'u.name',
  authorSide: 'r.author_side',
  createdAt: 'r.created_at',
  reason: 'r.reason',
  title: 'r.title',
  description: 'r.description',
  whyItMatters: 'r.why_it_matters',
  horizon: 'r.horizon',
  parentId: 'r.parent_id',
  startsOn: 'r.starts_on',
  dueOn: 'r.due_on',
  valueIds: 'r.value_ids::text[]',
  smart: 'r.smart -> $2',
};

const REVISION_COLUMNS = Object.entries(REVISION_FIELDS)
  .map(([field, expression]) => `${expression} AS "${field}"`)
  .join(', ');

export async function findGoal(sql: Sql, goalId: string, options: { forUpdate?: boolean } = {}): Promise<GoalRow | undefined> {
  const [row] = await sql.query<GoalRow>(
    `SELECT ${GOAL_COLUMNS} FROM goals g WHERE g.id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`,
    [goalId],
  );
  return row;
}

/**
 * A goal with the parties of its engagement, in one look-up: what every access check of the goal
 * and of what hangs from it (metrics, check-ins) needs.
 */
export async function findGoalWithParties(
  sql: Sql,
  goalId: string,
  options: { forUpdate?: boolean } = {},
): Promise<{ goal: GoalRow; engagement: { id: string; practiceId: string; coachId: string; clientId: string | null } } | undefined> {
  const [row] = await sql.query<GoalRow & { coachId: string; clientId: string | null }>(
    `SELECT ${GOAL_COLUMNS}, e.coach_id AS "coachId", e.client_id AS "clientId"
       FROM goals g JOIN engagements e ON e.id = g.engagement_id
      WHERE g.id = $1${options.forUpdate ? ' FOR UPDATE OF g' : ''}`,
    [goalId],
  );
  if (!row) return undefined;
  const { coachId, clientId, ...goal } = row;
  return { goal, engagement: { id: goal.engagementId, practiceId: goal.practiceId, coachId, clientId } };
}

export type GoalOutlineRow = Pick<GoalRow, 'id' | 'practiceId' | 'engagementId' | 'parentId' | 'horizon' | 'state' | 'weight' | 'activatedAt' | 'activeRevisionId' | 'pendingRevisionId' | 'pendingAgreedBy'> & {
  /** The calendar day it became active, in the reader's time zone. */
  activatedOn: string | null;
  title: string;
  startsOn: string | null;
  dueOn: string | null;
};

/**
 * The few words of goal `g`'s revision in force (the active one, or the proposal while drafting),
 * for a lateral join: looked up by key for each goal (see `listGoalOutlines`).
 */
const REVISION_IN_FORCE = `SELECT r.title, r.starts_on, r.due_on FROM goal_revisions r
   WHERE r.goal_id = g.id AND r.id = coalesce(g.active_revision_id, g.pending_revision_id) LIMIT 1`;

/**
 * The goals of engagements with the few words of their revision in force (the active one, or the
 * proposal while drafting): what progress and the inbox need, without assessments or descriptions.
 * Each goal's revision is looked up by its key, one goal at a time (a lateral subquery with a
 * limit, which the planner cannot turn into a join): as a plain join, the generic plan scanned
 * every revision the reader's policy lets through, which grew with the practice (decision 019).
 */
export function listGoalOutlines(sql: Sql, engagementIds: readonly string[], timeZone: string): Promise<GoalOutlineRow[]> {
  return sql.query<GoalOutlineRow>(
    `SELECT g.id, g.practice_id AS "practiceId", g.engagement_id AS "engagementId", g.parent_id AS "parentId", g.horizon, g.state,
            g.weight, g.activated_at AS "activatedAt", (g.activated_at AT TIME ZONE $2)::date AS "activatedOn",
            g.active_revision_id AS "activeRevisionId",
            g.pending_revision_id AS "pendingRevisionId", g.pending_agreed_by AS "pendingAgreedBy",
            r.title, r.starts_on AS "startsOn", r.due_on AS "dueOn"
       FROM goals g
       CROSS JOIN LATERAL (${REVISION_IN_FORCE}) r
      WHERE g.engagement_id = ANY($1::uuid[])
      ORDER BY g.created_at, g.id`,
    [engagementIds, timeZone],
  );
}

export async function findGoals(sql: Sql, goalIds: readonly string[]): Promise<GoalRow[]> {
  if (goalIds.length === 0) return [];
  return sql.query<GoalRow>(`SELECT ${GOAL_COLUMNS} FROM goals g WHERE g.id = ANY($1::uuid[]) ORDER BY g.updated_at DESC`, [goalIds]);
}

export function listGoals(sql: Sql, engagementIds: readonly string[]): Promise<GoalRow[]> {
  return sql.query<GoalRow>(`SELECT ${GOAL_COLUMNS} FROM goals g WHERE g.engagement_id = ANY($1::uuid[]) ORDER BY g.created_at, g.id`, [
    engagementIds,
  ]);
}

/**
 * A goal with its revisions in force and proposed: `goalSmart` is the goal's own assessment of its
 * words in force (null until a metric is added).
 */
export type GoalInViewRow = GoalRow & { goalSmart: SmartAssessment | null; active: RevisionRow | null; pending: RevisionRow | null };

/** A revision as read in JSON (see `findGoalInViewWithParties`): its time is text there. */
type RevisionInJson = Omit<RevisionRow, 'createdAt'> & { createdAt: string };

function revisionOf(revision: RevisionInJson | null): RevisionRow | null {
  return revision && { ...revision, createdAt: new Date(revision.createdAt) };
}

const REVISION_AS_JSON = `json_build_object(${Object.entries(REVISION_FIELDS)
  .map(([field, expression]) => `'${field}', ${expression}`)
  .join(', ')})`;

/** The revision `column` of goal `g` points at, as `name` (see `findGoalInViewWithParties`). */
const revisionInJson = (name: string, column: string) =>
  `LEFT JOIN LATERAL (SELECT ${REVISION_AS_JSON} AS ${name} FROM goal_revisions r JOIN users u ON u.id = r.author_id
                       WHERE r.goal_id = g.id AND r.id = g.${column} LIMIT 1) ${name}_revision ON true`;

const GOAL_IN_VIEW_WITH_PARTIES = `SELECT ${GOAL_COLUMNS}, g.smart -> $2 AS "goalSmart", e.coach_id AS "coachId", e.client_id AS "clientId", active, pending
   FROM goals g JOIN engagements e ON e.id = g.engagement_id
   ${revisionInJson('active', 'active_revision_id')}
   ${revisionInJson('pending', 'pending_revision_id')}
  WHERE g.id = $1`;

/**
 * A goal with its revisions (see `GoalInViewRow`) and the parties of its engagement, in one
 * statement: all that a look at one goal needs, its access check included. Each revision is
 * looked up by its key (a lateral subquery with a limit, as `REVISION_IN_FORCE`) and given as one
 * JSON object of its fields, with its author's name and its assessment in the reader's language.
 * (A list of goals costs less in two statements, `listGoals` and then `findRevisions`: measured
 * on the bench's big practice, decision 037.)
 */
export async function findGoalInViewWithParties(
  sql: Sql,
  goalId: string,
  locale: Locale,
): Promise<{ goal: GoalInViewRow; engagement: { id: string; practiceId: string; coachId: string; clientId: string | null } } | undefined> {
  const [row] = await sql.query<
    GoalRow & { goalSmart: SmartAssessment | null; active: RevisionInJson | null; pending: RevisionInJson | null; coachId: string; clientId: string | null }
  >(GOAL_IN_VIEW_WITH_PARTIES, [goalId, locale]);
  if (!row) return undefined;
  const goal = { ...row, active: revisionOf(row.active), pending: revisionOf(row.pending) };
  return { goal, engagement: { id: goal.engagementId, practiceId: goal.practiceId, coachId: row.coachId, clientId: row.clientId } };
}

export async function insertGoal(
  sql: Sql,
  goal: { practiceId: string; engagementId: string; parentId: string | null; horizon: Horizon; createdBy: string; at: Date },
): Promise<string> {
  const [row] = await sql.query<{ id: string }>(
    `INSERT INTO goals (practice_id, engagement_id, parent_id, horizon, created_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
    [goal.practiceId, goal.engagementId, goal.parentId, goal.horizon, goal.createdBy, goal.at],
  );
  if (!row) throw new Error('INSERT ... RETURNING returned no row');
  return row.id;
}

export type NewRevision = Omit<RevisionRow, 'id' | 'authorName' | 'number' | 'smart'> & { practiceId: string; smart: StoredSmart };

/** Appends a revision, numbered after the goal's last one. */
export async function insertRevision(sql: Sql, revision: NewRevision): Promise<string> {
  const [row] = await sql.query<{ id: string }>(
    `INSERT INTO goal_revisions (practice_id, goal_id, number, author_id, author_side, created_at, reason, title,
                                 description, why_it_matters, horizon, starts_on, due_on, value_ids, smart, engagement_id, parent_id)
     VALUES ($1, $2, (SELECT coalesce(max(number), 0) + 1 FROM goal_revisions WHERE goal_id = $2), $3, $4, $5, $6, $7,
             $8, $9, $10, $11, $12, $13::uuid[], $14, (SELECT engagement_id FROM goals WHERE id = $2), $15)
     RETURNING id`,
    [
      revision.practiceId,
      revision.goalId,
      revision.authorId,
      revision.authorSide,
      revision.createdAt,
      revision.reason,
      revision.title,
      revision.description,
      revision.whyItMatters,
      revision.horizon,
      revision.startsOn,
      revision.dueOn,
      revision.valueIds,
      JSON.stringify(revision.smart),
      revision.parentId,
    ],
  );
  if (!row) throw new Error('INSERT ... RETURNING returned no row');
  return row.id;
}

/** Every revision of the goals, oldest first, assessed in the reader's language. */
export function listRevisions(sql: Sql, goalIds: readonly string[], locale: Locale): Promise<RevisionRow[]> {
  return sql.query<RevisionRow>(
    `SELECT ${REVISION_COLUMNS} FROM goal_revisions r JOIN users u ON u.id = r.author_id
      WHERE r.goal_id = ANY($1::uuid[]) ORDER BY r.goal_id, r.number`,
    [goalIds, locale],
  );
}

/**
 * Revisions by id, in the reader's language, each with its goal's current assessment when it
 * holds the goal's words in force: all that a view of the goals needs besides the goals, in one
 * statement.
 */
export async function findRevisions(sql: Sql, revisionIds: readonly string[], locale: Locale): Promise<RevisionInViewRow[]> {
  if (revisionIds.length === 0) return [];
  return sql.query<RevisionInViewRow>(
    `SELECT ${REVISION_COLUMNS}, g.smart -> $2 AS "goalSmart"
       FROM goal_revisions r JOIN users u ON u.id = r.author_id
       LEFT JOIN goals g ON g.id = r.goal_id AND r.id = coalesce(g.active_revision_id, g.pending_revision_id)
      WHERE r.id = ANY($1::uuid[])`,
    [revisionIds, locale],
  );
}

export async function insertAgreement(
  sql: Sql,
  agreement: { practiceId: string; goalId: string; revisionId: string; userId: string; side: Side; decision: 'agree' | 'decline'; comment: string; implied: boolean; at: Date },
): Promise<void> {
  await sql.query(
    `INSERT INTO goal_agreements (practice_id, goal_id, revision_id, user_id, side, decision, comment, implied, at, engagement_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, (SELECT engagement_id FROM goals WHERE id = $2))`,
    [agreement.practiceId, agreement.goalId, agreement.revisionId, agreement.userId, agreement.side, agreement.decision, agreement.comment, agreement.implied, agreement.at],
  );
}

export function listAgreements(sql: Sql, goalId: string): Promise<AgreementRow[]> {
  return sql.query<AgreementRow>(
    `SELECT a.id, a.revision_id AS "revisionId", a.user_id AS "userId", u.name AS "userName", a.side, a.decision,
            a.comment, a.implied, a.at
       FROM goal_agreements a JOIN users u ON u.id = a.user_id
      WHERE a.goal_id = $1 ORDER BY a.seq`,
    [goalId],
  );
}

/**
 * Saves a goal's new status if nobody changed the goal since `expectedVersion`; returns false
 * when someone did (the caller answers 409 and nothing is lost).
 */
export async function updateGoalStatus(
  sql: Sql,
  goalId: string,
  expectedVersion: number,
  status: {
    state: GoalState;
    activeRevisionId: string | null;
    pendingRevisionId: string | null;
    pendingAgreedBy: readonly Side[];
    horizon: Horizon;
    parentId: string | null;
    at: Date;
    activatedAt?: Date | undefined;
    closedAt?: Date | undefined;
    closingReason?: string | undefined;
  },
): Promise<boolean> {
  const rows = await sql.query(
    `UPDATE goals
        SET state = $3, active_revision_id = $4, pending_revision_id = $5, pending_agreed_by = $6::text[], horizon = $7,
            updated_at = $8, activated_at = coalesce($9, activated_at), closed_at = coalesce($10, closed_at),
            closing_reason = coalesce($11, closing_reason), parent_id = $12, version = version + 1,
            -- New words in force are judged by their revision until metrics change again.
            smart = CASE WHEN active_revision_id IS DISTINCT FROM $4
                           OR (active_revision_id IS NULL AND pending_revision_id IS DISTINCT FROM $5) THEN NULL ELSE smart END
      WHERE id = $1 AND version = $2
      RETURNING id`,
    [
      goalId,
      expectedVersion,
      status.state,
      status.activeRevisionId,
      status.pendingRevisionId,
      status.pendingAgreedBy,
      status.horizon,
      status.at,
      status.activatedAt ?? null,
      status.closedAt ?? null,
      status.closingReason ?? null,
      status.parentId,
    ],
  );
  return rows.length === 1;
}

/**
 * The goal's ancestors in the cascade, nearest first, as the parents in force link them. The
 * walk stops at a goal seen twice, so even a damaged chain cannot loop.
 */
export async function ancestorIds(sql: Sql, goalId: string): Promise<string[]> {
  const rows = await sql.query<{ id: string }>(
    `WITH RECURSIVE up (id, depth, path) AS (
       SELECT parent_id, 1, ARRAY[id] FROM goals WHERE id = $1 AND parent_id IS NOT NULL
       UNION ALL
       SELECT g.parent_id, up.depth + 1, up.path || g.id
         FROM up JOIN goals g ON g.id = up.id
        WHERE g.parent_id IS NOT NULL AND NOT g.id = ANY (up.path)
     )
     SELECT id FROM up ORDER BY depth`,
    [goalId],
  );
  return rows.map((row) => row.id);
}

/** Goals of the person's engagements whose pending revision waits for their side's agreement. */
export function listAwaitingAgreement(sql: Sql, userId: string) {
  return sql.query<{ goalId: string; engagementId: string; side: Side }>(
    `SELECT g.id AS "goalId", g.engagement_id AS "engagementId",
            CASE WHEN e.coach_id = $1 THEN 'coach' ELSE 'client' END AS side
       FROM goals g JOIN engagements e ON e.id = g.engagement_id
      WHERE g.state IN ('proposed', 'active') AND g.pending_revision_id IS NOT NULL
        AND (e.coach_id = $1 OR e.client_id = $1)
        AND NOT (CASE WHEN e.coach_id = $1 THEN 'coach' ELSE 'client' END = ANY (g.pending_agreed_by))
      ORDER BY g.updated_at DESC`,
    [userId],
  );
}

/** Points a new goal at its first revision (a draft: nobody has agreed yet). */
export async function setFirstRevision(sql: Sql, goalId: string, revisionId: string): Promise<void> {
  await sql.query('UPDATE goals SET pending_revision_id = $2 WHERE id = $1 AND pending_revision_id IS NULL AND active_revision_id IS NULL', [goalId, revisionId]);
}

export async function setCurrentAssessment(sql: Sql, goalId: string, smart: StoredSmart): Promise<void> {
  await sql.query('UPDATE goals SET smart = $2 WHERE id = $1', [goalId, JSON.stringify(smart)]);
}
