import type { Sql } from '../../db/database.ts';
import * as repo from './repo.ts';

/**
 * The metrics feature's read side, for features that metrics itself depends on (goals judge
 * "Measurable" by them): it imports nothing of theirs, so no feature imports go round in a circle.
 */
export function metricsOfGoalIds(sql: Sql, goalIds: readonly string[]): Promise<repo.MetricRow[]> {
  return repo.listMetrics(sql, goalIds);
}
