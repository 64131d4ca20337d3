import type { Sql } from '../../db/database.ts';
import * as repo from './repo.ts';

/**
 * The metrics feature's read side, for features that metrics itself depends on (goals judge
 * "Measurable" by them): it imports nothing of theirs, so no feature imports go round in a circle.
 */
export function metricsOfGoalIds(sql: Sql, goalIds: readonly string[]): Promise<repo.MetricRow[]> {
  return repo.listMetrics(sql, goalIds);
}

/** Each metric's current value and the day it speaks for (none yet: absent), from the progress summary. */
export function currentValuesOfMetricIds(sql: Sql, metricIds: readonly string[]): Promise<{ metricId: string; value: number; effectiveOn: string }[]> {
  return sql.query(
    `SELECT metric_id AS "metricId", value, effective_on AS "effectiveOn"
       FROM metric_current_values WHERE metric_id = ANY($1::uuid[]) AND value IS NOT NULL`,
    [metricIds],
  );
}

/** The live metrics of goals with each one's value in force, in one statement (progress reads every goal's). */
export function metricsWithCurrentValuesOfGoalIds(sql: Sql, goalIds: readonly string[]) {
  return repo.listMetricsWithCurrentValues(sql, goalIds);
}
