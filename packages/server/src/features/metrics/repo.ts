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

const SELECT_METRIC = `
  SELECT id, goal_id AS "goalId", name, unit, kind, scale_min AS min, scale_max AS max, baseline,
         baseline_on AS "baselineOn", target, weight, created_at AS "createdAt"
    FROM metrics`;

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
