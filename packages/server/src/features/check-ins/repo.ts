import type { Sql } from '../../db/database.ts';

export const CHECK_IN_KINDS = ['metric', 'observation', 'self_report', 'stakeholder_feedback', 'mindset_shift'] as const;
export type CheckInKind = (typeof CHECK_IN_KINDS)[number];

export type CheckInRow = {
  id: string;
  goalId: string;
  kind: CheckInKind;
  effectiveOn: string;
  text: string;
  confidence: number | null;
  rating: number | null;
  authorId: string | null;
  authorName: string | null;
  authorSide: 'coach' | 'client' | null;
  stakeholderName: string | null;
  supersedesId: string | null;
  supersededById: string | null;
  createdAt: Date;
  values: { metricId: string; value: number }[];
};

const SELECT_CHECK_IN = `
  SELECT c.id, c.goal_id AS "goalId", c.kind, c.effective_on AS "effectiveOn", c.text, c.confidence, c.rating,
            c.author_id AS "authorId", u.name AS "authorName", c.author_side AS "authorSide",
            c.stakeholder_name AS "stakeholderName", c.supersedes_id AS "supersedesId",
            (SELECT s.id FROM check_ins s WHERE s.supersedes_id = c.id ORDER BY s.seq LIMIT 1) AS "supersededById",
            c.created_at AS "createdAt",
            c.metric_values AS values
       FROM check_ins c LEFT JOIN users u ON u.id = c.author_id`;

/** Check-ins of goals, oldest first by the date they speak for, then by when they were recorded. */
export function listCheckIns(sql: Sql, goalIds: readonly string[]): Promise<CheckInRow[]> {
  return sql.query<CheckInRow>(`${SELECT_CHECK_IN} WHERE c.goal_id = ANY($1::uuid[]) ORDER BY c.effective_on, c.created_at, c.seq`, [goalIds]);
}

/**
 * A goal's latest check-ins, at most `limit` (null: all), newest first: the reverse of the order
 * `listCheckIns` gives (the date they speak for, when they were recorded, their sequence). Those
 * that come before the check-in `before` when it is named. The goal's index is walked backwards from there, so a page
 * costs the same however long the goal's history is. `before` naming no check-in of the goal
 * gives no rows (the caller tells that apart from the start of the history).
 */
export function listLatestCheckIns(sql: Sql, goalId: string, page: { limit: number | null; before: string | undefined }): Promise<CheckInRow[]> {
  return sql.query<CheckInRow>(
    `${SELECT_CHECK_IN}
      WHERE c.goal_id = $1
        AND ($2::uuid IS NULL
             OR (c.effective_on, c.created_at, c.seq) < (SELECT b.effective_on, b.created_at, b.seq FROM check_ins b WHERE b.id = $2 AND b.goal_id = $1))
      ORDER BY c.effective_on DESC, c.created_at DESC, c.seq DESC
      LIMIT $3`,
    [goalId, page.before ?? null, page.limit],
  );
}

/** Whether `checkInId` is a check-in of the goal. */
export async function isCheckInOfGoal(sql: Sql, goalId: string, checkInId: string): Promise<boolean> {
  const rows = await sql.query<{ found: number }>('SELECT 1 AS found FROM check_ins WHERE id = $1 AND goal_id = $2', [checkInId, goalId]);
  return rows.length > 0;
}

export async function findCheckIn(sql: Sql, checkInId: string) {
  const [row] = await sql.query<{ id: string; goalId: string; kind: CheckInKind; supersededById: string | null }>(
    `SELECT c.id, c.goal_id AS "goalId", c.kind,
            (SELECT s.id FROM check_ins s WHERE s.supersedes_id = c.id LIMIT 1) AS "supersededById"
       FROM check_ins c WHERE c.id = $1`,
    [checkInId],
  );
  return row;
}

/** What a metric value is checked against: the goal's metric it names (kind and scale bounds). */
export type ValueTarget = { id: string; kind: 'number' | 'scale'; min: number | null; max: number | null };

/**
 * Appends a check-in by `authorId` to an active goal of an engagement they are the coach or the
 * client of, with its metric values, and returns it as listed, together with the goal's metrics
 * that the values name (to check the values against), in one statement: check-in POSTs are the
 * busiest write in Tandem. Nothing is written, and undefined returned, when the goal is not such
 * a goal (the caller finds out why). A value naming no live metric of the goal is left out (the
 * caller refuses the check-in then, and its transaction takes the check-in back).
 */
export async function insertCheckIn(
  sql: Sql,
  checkIn: {
    goalId: string;
    authorId: string;
    kind: CheckInKind;
    effectiveOn: string;
    text: string;
    confidence: number | null;
    stakeholderName: string | null;
    supersedesId: string | null;
    at: Date;
    values: { metricId: string; value: number }[];
  },
): Promise<{ checkIn: CheckInRow; targets: ValueTarget[] } | undefined> {
  const [row] = await sql.query<CheckInRow & { targets: ValueTarget[] }>(
    `WITH goal AS (
       SELECT g.id, g.practice_id, g.engagement_id, CASE WHEN e.coach_id = $2 THEN 'coach' ELSE 'client' END AS side
         FROM goals g JOIN engagements e ON e.id = g.engagement_id
        WHERE g.id = $1 AND g.state = 'active' AND e.practice_id = tandem_practice_id() AND $2 IN (e.coach_id, e.client_id)
     ), t AS (
       SELECT m.id, m.kind, m.scale_min, m.scale_max FROM metrics m
        WHERE m.id = ANY($10::uuid[]) AND m.goal_id = $1 AND m.archived_at IS NULL
     ), fitting AS (
       -- The values that name a live metric of the goal (any other refuses the check-in).
       SELECT x.metric_id, x.value FROM unnest($10::uuid[], $11::numeric[]) AS x (metric_id, value)
        WHERE x.metric_id IN (SELECT id FROM t)
     ), c AS (
       -- The check-in carries a copy of its values, as its lists give them (migration 0019).
       INSERT INTO check_ins (practice_id, goal_id, author_id, author_side, kind, effective_on, text, confidence,
                              stakeholder_name, supersedes_id, created_at, engagement_id, metric_values)
       SELECT goal.practice_id, goal.id, $2, goal.side, $3, $4, $5, $6, $7, $8, $9, goal.engagement_id,
              coalesce((SELECT json_agg(json_build_object('metricId', f.metric_id, 'value', f.value) ORDER BY f.metric_id) FROM fitting f), '[]'::json)
         FROM goal
       RETURNING *
     ), v AS (
       INSERT INTO check_in_values (check_in_id, practice_id, engagement_id, metric_id, value, effective_on, recorded_at, check_in_seq)
       SELECT c.id, c.practice_id, c.engagement_id, f.metric_id, f.value, c.effective_on, c.created_at, c.seq FROM c, fitting f
       RETURNING metric_id, value
     ), current_values AS (
       -- Each value becomes its metric's current one when it is the latest in the story.
       INSERT INTO metric_current_values (metric_id, practice_id, engagement_id, check_in_id, value, effective_on, recorded_at, check_in_seq)
       SELECT v.metric_id, c.practice_id, c.engagement_id, c.id, v.value, c.effective_on, c.created_at, c.seq FROM c, v
       ON CONFLICT (metric_id) DO UPDATE
         SET check_in_id = EXCLUDED.check_in_id, value = EXCLUDED.value, effective_on = EXCLUDED.effective_on,
             recorded_at = EXCLUDED.recorded_at, check_in_seq = EXCLUDED.check_in_seq
         WHERE metric_current_values.value IS NULL
            OR (metric_current_values.effective_on, metric_current_values.recorded_at, metric_current_values.check_in_seq)
               < (EXCLUDED.effective_on, EXCLUDED.recorded_at, EXCLUDED.check_in_seq)
       RETURNING 1
     ), last_check_in AS (
       -- And the check-in its goal's last one, when it is (a stakeholder's answer never is).
       INSERT INTO goal_last_check_ins (goal_id, practice_id, engagement_id, check_in_id, effective_on, created_at, seq, confidence)
       SELECT c.goal_id, c.practice_id, c.engagement_id, c.id, c.effective_on, c.created_at, c.seq, c.confidence FROM c
        WHERE c.author_id IS NOT NULL
       ON CONFLICT (goal_id) DO UPDATE
         SET check_in_id = EXCLUDED.check_in_id, effective_on = EXCLUDED.effective_on, created_at = EXCLUDED.created_at,
             seq = EXCLUDED.seq, confidence = EXCLUDED.confidence
         WHERE goal_last_check_ins.check_in_id IS NULL
            OR (goal_last_check_ins.effective_on, goal_last_check_ins.created_at, goal_last_check_ins.seq)
               < (EXCLUDED.effective_on, EXCLUDED.created_at, EXCLUDED.seq)
       RETURNING 1
     )
     SELECT c.id, c.goal_id AS "goalId", c.kind, c.effective_on AS "effectiveOn", c.text, c.confidence, c.rating,
            c.author_id AS "authorId", u.name AS "authorName", c.author_side AS "authorSide",
            c.stakeholder_name AS "stakeholderName", c.supersedes_id AS "supersedesId", NULL::uuid AS "supersededById",
            c.created_at AS "createdAt",
            c.metric_values AS values,
            coalesce((SELECT json_agg(json_build_object('id', t.id, 'kind', t.kind, 'min', t.scale_min, 'max', t.scale_max)) FROM t), '[]'::json) AS targets
       FROM c LEFT JOIN users u ON u.id = c.author_id`,
    [
      checkIn.goalId,
      checkIn.authorId,
      checkIn.kind,
      checkIn.effectiveOn,
      checkIn.text,
      checkIn.confidence,
      checkIn.stakeholderName,
      checkIn.supersedesId,
      checkIn.at,
      checkIn.values.map((v) => v.metricId),
      checkIn.values.map((v) => v.value),
    ],
  );
  if (!row) return undefined;
  const { targets, ...inserted } = row;
  return { checkIn: inserted, targets };
}

export type MetricObservationRow = { metricId: string; value: number; effectiveOn: string; recordedAt: Date };

/** Corrected check-ins give way to their corrections: a value in force is one whose check-in nobody superseded. */
const IN_FORCE = 'NOT EXISTS (SELECT 1 FROM check_ins s WHERE s.supersedes_id = v.check_in_id)';

/**
 * After a correction, which may take a value out of force or move it to another day: the goal's
 * metrics and its last check-in are rebuilt from the history.
 */
export async function refreshProgressOfGoal(sql: Sql, goalId: string): Promise<void> {
  await sql.query('SELECT tandem_refresh_progress(ARRAY(SELECT id FROM metrics WHERE goal_id = $1), ARRAY[$1]::uuid[])', [goalId]);
}

/** The whole story of some metrics: every value in force, in order. */
export function listMetricObservations(sql: Sql, metricIds: readonly string[]) {
  return sql.query<MetricObservationRow>(
    `SELECT v.metric_id AS "metricId", v.value, v.effective_on AS "effectiveOn", v.recorded_at AS "recordedAt"
       FROM check_in_values v
      WHERE v.metric_id = ANY($1::uuid[]) AND ${IN_FORCE}
      ORDER BY v.metric_id, v.effective_on, v.recorded_at, v.check_in_seq`,
    [metricIds],
  );
}

