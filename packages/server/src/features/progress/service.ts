import type { MetricSeries, Side } from '@tandem/core';
import { requireActor, type Scope } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { historyOfMetrics, measurementsOfGoals } from '../check-ins/service.ts';
import { accessGoal, listGoalOutlines, listGoalOutlinesOfEngagements, type GoalOutline } from '../goals/service.ts';
import { metricsOfGoals } from '../metrics/service.ts';
// The repositories, not the services: reviews take their snapshot from this feature's service.
import { countOpenWithoutPlan } from '../obstacles/repo.ts';
import { lastReviewOnOfGoals } from '../reviews/repo.ts';
import { computeCascade, findInCascade, seriesOfMetrics, type GoalProgress } from './compute.ts';

/**
 * An engagement's goals as a cascade (vision → year → quarter → month), each with its progress,
 * where it should be today, and its risk with the reasons. A fixed number of queries, however
 * many goals: the goals, their revisions, their metrics, the metric values, the last check-ins.
 */
export async function engagementCascade(scope: Scope, engagementId: string): Promise<GoalProgress[]> {
  return cascadeOf(scope, await listGoalOutlines(scope, engagementId));
}

/**
 * The cascades of several engagements, for someone known to take part in each on the side given
 * (the inbox): the same fixed number of queries as for one, however many clients.
 */
export async function cascadesOfEngagements(
  scope: Scope,
  engagements: readonly { id: string; side: Side }[],
): Promise<Map<string, GoalProgress[]>> {
  const goals = await listGoalOutlinesOfEngagements(scope, engagements);
  const roots = await cascadeOf(scope, goals);
  const byEngagement = new Map<string, GoalProgress[]>(engagements.map((engagement) => [engagement.id, []]));
  for (const root of roots) byEngagement.get(root.goal.engagementId)?.push(root);
  return byEngagement;
}

async function cascadeOf(scope: Scope, goals: GoalOutline[]): Promise<GoalProgress[]> {
  const actor = requireActor(scope);
  const ids = goals.map((goal) => goal.id);
  const metrics = await metricsOfGoals(scope, ids);
  const measured = await measurementsOfGoals(scope, ids, metrics.map((metric) => metric.id));
  const reviews = ids.length === 0 ? [] : await lastReviewOnOfGoals(scope.tx, ids);
  const obstacles = ids.length === 0 ? [] : await countOpenWithoutPlan(scope.tx, ids);
  const measurements = {
    ...measured,
    lastReviewOn: new Map(reviews.map((row) => [row.goalId, row.heldOn])),
    openObstaclesWithoutPlan: new Map(obstacles.map((row) => [row.goalId, row.count])),
  };
  return computeCascade(goals, metrics, measurements, { locale: actor.locale, timeZone: actor.timeZone, now: scope.now });
}

/** One goal's progress: its metrics' series against the plan line, its roll-up, its risk. */
export async function goalProgress(scope: Scope, goalId: string): Promise<GoalProgress & { series: Map<string, MetricSeries> }> {
  const { goal, side } = await accessGoal(scope, goalId);
  // Access to the goal is access to its engagement's goals: no second check of the engagement.
  const found = findInCascade(await cascadeOf(scope, await listGoalOutlinesOfEngagements(scope, [{ id: goal.engagementId, side }])), goal.id);
  if (!found) throw new AppError('goal_not_found', 'No such goal.');
  const history = await historyOfMetrics(scope, found.metrics.map(({ metric }) => metric.id));
  return { ...found, series: seriesOfMetrics(found, history) };
}
