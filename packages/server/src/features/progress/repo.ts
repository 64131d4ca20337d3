import type { Sql } from '../../db/database.ts';

/** What progress and risk need of each goal beyond its metrics, as the features that own them keep it. */
export type GoalFactsRow = {
  goalId: string;
  /** The goal's last check-in (check-ins feature's summary), null before the first. */
  lastCheckInOn: string | null;
  lastConfidence: number | null;
  /** The day of its latest review (reviews feature), null before the first. */
  lastReviewOn: string | null;
  /** Its open obstacles without a contingency plan (obstacles feature). */
  openObstaclesWithoutPlan: number;
};

/**
 * Each goal's last check-in, last review and open obstacles without a plan, in one statement
 * however many goals: the same conditions as `listLatestCheckIns`, `lastReviewOnOfGoals` and
 * `countOpenWithoutPlan` of their features, read together because every progress request needs
 * all three. Row-level security applies to each table as to any query.
 */
export function listGoalFacts(sql: Sql, goalIds: readonly string[]): Promise<GoalFactsRow[]> {
  return sql.query<GoalFactsRow>(
    `SELECT g.id AS "goalId", lc.effective_on AS "lastCheckInOn", lc.confidence AS "lastConfidence",
            (SELECT r.held_on FROM reviews r WHERE r.goal_id = g.id ORDER BY r.held_on DESC LIMIT 1) AS "lastReviewOn",
            (SELECT count(*)::int FROM obstacles o WHERE o.goal_id = g.id AND o.status = 'open' AND o.contingency_plan = '') AS "openObstaclesWithoutPlan"
       FROM unnest($1::uuid[]) AS g (id)
       -- Each goal's own row, looked up by its key (see listMetricsWithCurrentValues).
       LEFT JOIN LATERAL (
         SELECT lc.effective_on, lc.confidence FROM goal_last_check_ins lc WHERE lc.goal_id = g.id AND lc.check_in_id IS NOT NULL LIMIT 1
       ) lc ON true`,
    [goalIds],
  );
}
