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
            coalesce((SELECT json_agg(json_build_object('metricId', v.metric_id, 'value', v.value) ORDER BY v.metric_id)
                        FROM check_in_values v WHERE v.check_in_id = c.id), '[]'::json) AS values
       FROM check_ins c LEFT JOIN users u ON u.id = c.author_id`;

/** Check-ins of goals, oldest first by the date they speak for, then by when they were recorded. */
export function listCheckIns(sql: Sql, goalIds: readonly string[]): Promise<CheckInRow[]> {
  return sql.query<CheckInRow>(`${SELECT_CHECK_IN} WHERE c.goal_id = ANY($1::uuid[]) ORDER BY c.effective_on, c.created_at, c.seq`, [goalIds]);
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

/**
 * Appends a check-in with its metric values and returns it as listed, in one statement: check-in
 * POSTs are the busiest write in Tandem.
 */
export async function insertCheckIn(
  sql: Sql,
  checkIn: {
    practiceId: string;
    engagementId: string;
    goalId: string;
    authorId: string;
    authorSide: 'coach' | 'client';
    kind: CheckInKind;
    effectiveOn: string;
    text: string;
    confidence: number | null;
    stakeholderName: string | null;
    supersedesId: string | null;
    at: Date;
    values: { metricId: string; value: number }[];
  },
): Promise<CheckInRow> {
  const [row] = await sql.query<CheckInRow>(
    `WITH c AS (
       INSERT INTO check_ins (practice_id, goal_id, author_id, author_side, kind, effective_on, text, confidence,
                              stakeholder_name, supersedes_id, created_at, engagement_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       RETURNING *
     ), v AS (
       INSERT INTO check_in_values (check_in_id, practice_id, engagement_id, metric_id, value)
       SELECT c.id, c.practice_id, c.engagement_id, x.metric_id, x.value
         FROM c, unnest($13::uuid[], $14::numeric[]) AS x (metric_id, value)
       RETURNING metric_id, value
     )
     SELECT c.id, c.goal_id AS "goalId", c.kind, c.effective_on AS "effectiveOn", c.text, c.confidence, c.rating,
            c.author_id AS "authorId", u.name AS "authorName", c.author_side AS "authorSide",
            c.stakeholder_name AS "stakeholderName", c.supersedes_id AS "supersedesId", NULL::uuid AS "supersededById",
            c.created_at AS "createdAt",
            coalesce((SELECT json_agg(json_build_object('metricId', v.metric_id, 'value', v.value) ORDER BY v.metric_id) FROM v), '[]'::json) AS values
       FROM c LEFT JOIN users u ON u.id = c.author_id`,
    [
      checkIn.practiceId,
      checkIn.goalId,
      checkIn.authorId,
      checkIn.authorSide,
      checkIn.kind,
      checkIn.effectiveOn,
      checkIn.text,
      checkIn.confidence,
      checkIn.stakeholderName,
      checkIn.supersedesId,
      checkIn.at,
      checkIn.engagementId,
      checkIn.values.map((v) => v.metricId),
      checkIn.values.map((v) => v.value),
    ],
  );
  if (!row) throw new Error('INSERT ... RETURNING returned no row');
  return row;
}

/**
 * The values in force of metrics: corrected check-ins give way to their corrections. Looked up by
 * metric (an index), not by goal, so that it reads only the rows it returns.
 */
export function listMetricObservations(sql: Sql, goalIds: readonly string[], metricIds: readonly string[]) {
  return sql.query<{ metricId: string; value: number; effectiveOn: string; recordedAt: Date }>(
    `SELECT v.metric_id AS "metricId", v.value, c.effective_on AS "effectiveOn", c.created_at AS "recordedAt"
       FROM check_in_values v JOIN check_ins c ON c.id = v.check_in_id
      WHERE v.metric_id = ANY($2::uuid[]) AND c.goal_id = ANY($1::uuid[])
        AND NOT EXISTS (SELECT 1 FROM check_ins s WHERE s.supersedes_id = c.id)`,
    [goalIds, metricIds],
  );
}

/**
 * Each goal's latest check-in in force by the coach or the client (by the date it speaks for),
 * with its confidence. A stakeholder's answer does not count: it is not the pair checking in.
 */
export function listLatestCheckIns(sql: Sql, goalIds: readonly string[]) {
  return sql.query<{ goalId: string; effectiveOn: string; confidence: number | null }>(
    `SELECT DISTINCT ON (c.goal_id) c.goal_id AS "goalId", c.effective_on AS "effectiveOn", c.confidence
       FROM check_ins c
      WHERE c.goal_id = ANY($1::uuid[]) AND c.author_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM check_ins s WHERE s.supersedes_id = c.id)
      ORDER BY c.goal_id, c.effective_on DESC, c.created_at DESC, c.seq DESC`,
    [goalIds],
  );
}
