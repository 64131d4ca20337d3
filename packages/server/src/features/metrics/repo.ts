import type { Sql } from '../../db/database.ts';

export type MetricRow = {
  id: string;
  goalId: string;
  name: string;
  unit: string;
  kind: 'number' | 'scale';
  min: number | null;
  max: number | null;
  baseline: number;
  baselineOn: string;
  target: number;
  weight: number;
  createdAt: Date;
};

const METRIC_COLUMNS = `m.id, m.goal_id AS "goalId", m.name, m.unit, m.kind, m.scale_min AS min, m.scale_max AS max, m.baseline,
         m.baseline_on AS "baselineOn", m.target, m.weight, m.created_at AS "createdAt"`;

const SELECT_METRIC = `SELECT ${METRIC_COLUMNS} FROM metrics m`;

/** The value in force of a metric: the day it speaks for and when it was written down. */
export type CurrentValueRow = { metricId: string; value: number; effectiveOn: string; recordedAt: Date };

/**
 * The live metrics of goals, each with its value in force (null before the first): what progress
 * reads of every goal of a cascade, in one statement.
 */
export async function listMetricsWithCurrentValues(sql: Sql, goalIds: readonly string[]): Promise<{ metrics: MetricRow[]; current: CurrentValueRow[] }> {
  const rows = await sql.query<MetricRow & { currentValue: number | null; currentOn: string | null; currentRecordedAt: Date | null }>(
    `SELECT ${METRIC_COLUMNS}, cv.value AS "currentValue", cv.effective_on AS "currentOn", cv.recorded_at AS "currentRecordedAt"
       FROM metrics m
       -- Each metric's own row, looked up by its key: a plain join let the planner hash every
       -- current value of the practice for a page of twenty.
       LEFT JOIN LATERAL (
         SELECT cv.value, cv.effective_on, cv.recorded_at FROM metric_current_values cv WHERE cv.metric_id = m.id LIMIT 1
       ) cv ON true
      WHERE m.goal_id = ANY($1::uuid[]) AND m.archived_at IS NULL
      ORDER BY m.seq`,
    [goalIds],
  );
  const metrics: MetricRow[] = [];
  const current: CurrentValueRow[] = [];
  for (const { currentValue, currentOn, currentRecordedAt, ...metric } of rows) {
    metrics.push(metric);
    if (currentValue !== null && currentOn !== null && currentRecordedAt !== null) {
      current.push({ metricId: metric.id, value: currentValue, effectiveOn: currentOn, recordedAt: currentRecordedAt });
    }
  }
  return { metrics, current };
}

export function listMetrics(sql: Sql, goalIds: readonly string[]): Promise<MetricRow[]> {
  return sql.query<MetricRow>(`${SELECT_METRIC} WHERE goal_id = ANY($1::uuid[]) AND archived_at IS NULL ORDER BY seq`, [goalIds]);
}

export async function insertMetric(
  sql: Sql,
  metric: Omit<MetricRow, 'id' | 'createdAt'> & { practiceId: string; engagementId: string; createdBy: string; at: Date },
): Promise<MetricRow> {
  const [row] = await sql.query<MetricRow>(
    `INSERT INTO metrics (practice_id, goal_id, name, unit, kind, scale_min, scale_max, baseline, baseline_on, target, weight, created_by, created_at, engagement_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
     RETURNING id, goal_id AS "goalId", name, unit, kind, scale_min AS min, scale_max AS max, baseline,
               baseline_on AS "baselineOn", target, weight, created_at AS "createdAt"`,
    [metric.practiceId, metric.goalId, metric.name, metric.unit, metric.kind, metric.min, metric.max, metric.baseline, metric.baselineOn, metric.target, metric.weight, metric.createdBy, metric.at, metric.engagementId],
  );
  if (!row) throw new Error('INSERT ... RETURNING returned no row');
  return row;
}
