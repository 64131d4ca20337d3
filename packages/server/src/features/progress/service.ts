import type { MetricSeries, Side } from '@tandem/core';
import { requireActor, type Scope } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { historyOfMetrics } from '../check-ins/service.ts';
import { keptAnswer, type WrittenAnswer } from '../kept-answers/service.ts';
import { accessGoal, accessGoals, listGoalOutlines, listGoalOutlinesOfEngagements, type GoalOutline } from '../goals/service.ts';
import { metricsWithCurrentValuesOfGoalIds } from '../metrics/read.ts';
import { computeCascade, findInCascade, seriesOfMetrics, type GoalProgress } from './compute.ts';
import * as repo from './repo.ts';

/**
 * An engagement's goals as a cascade (vision → year → quarter → month), each with its progress,
 * where it should be today, and its risk with the reasons. A fixed number of queries, however
 * many goals: the goals with their words in force, their metrics with their current values, and
 * each goal's last check-in, last review and open obstacles without a plan.
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
  if (ids.length === 0) return [];
  const { metrics, current } = await metricsWithCurrentValuesOfGoalIds(scope.tx, ids);
  const facts = await repo.listGoalFacts(scope.tx, ids);
  const latest: { goalId: string; effectiveOn: string; confidence: number | null }[] = [];
  const lastReviewOn = new Map<string, string>();
  const openObstaclesWithoutPlan = new Map<string, number>();
  for (const fact of facts) {
    if (fact.lastCheckInOn !== null) latest.push({ goalId: fact.goalId, effectiveOn: fact.lastCheckInOn, confidence: fact.lastConfidence });
    if (fact.lastReviewOn !== null) lastReviewOn.set(fact.goalId, fact.lastReviewOn);
    if (fact.openObstaclesWithoutPlan > 0) openObstaclesWithoutPlan.set(fact.goalId, fact.openObstaclesWithoutPlan);
  }
  const measurements = { current, latest, lastReviewOn, openObstaclesWithoutPlan };
  return computeCascade(goals, metrics, measurements, { locale: actor.locale, timeZone: actor.timeZone, now: scope.now });
}

export type GoalProgressWithSeries = GoalProgress & { series: Map<string, MetricSeries> };

/** One goal's progress: its metrics' series against the plan line, its roll-up, its risk. */
export async function goalProgress(scope: Scope, goalId: string): Promise<GoalProgressWithSeries> {
  const { goal, side } = await accessGoal(scope, goalId);
  return progressOfGoal(scope, goal, side);
}

async function progressOfGoal(scope: Scope, goal: { id: string; engagementId: string }, side: Side): Promise<GoalProgressWithSeries> {
  // Access to the goal is access to its engagement's goals: no second check of the engagement.
  // A goal's progress rolls up only what lies under it: the goal is the root of its own cascade,
  // and the metrics and facts of the engagement's other goals are not read.
  const outlines = await listGoalOutlinesOfEngagements(scope, [{ id: goal.engagementId, side }]);
  const found = findInCascade(await cascadeOf(scope, subtreeOf(outlines, goal.id)), goal.id);
  if (!found) throw new AppError('goal_not_found', 'No such goal.');
  const history = await historyOfMetrics(scope, found.metrics.map(({ metric }) => metric.id));
  return { ...found, series: seriesOfMetrics(found, history) };
}

/**
 * The engagement's cascade as `write` writes it for the reader (the answer checked and written as
 * JSON), kept between requests while nothing it is computed from changes (see `keptAnswer`).
 */
export async function keptCascade(scope: Scope, engagementId: string, write: (roots: GoalProgress[], asOf: string) => string): Promise<WrittenAnswer> {
  const { side } = await accessGoals(scope, engagementId);
  return keptAnswer(scope, engagementId, 'cascade', async (asOf) =>
    write(await cascadeOf(scope, await listGoalOutlinesOfEngagements(scope, [{ id: engagementId, side }])), asOf),
  );
}

/** A goal's progress as `write` writes it for the reader, kept as `keptCascade` keeps cascades. */
export async function keptGoalProgress(
  scope: Scope,
  goalId: string,
  write: (progress: GoalProgressWithSeries, asOf: string) => string,
): Promise<WrittenAnswer> {
  const { goal, side } = await accessGoal(scope, goalId);
  return keptAnswer(scope, goal.engagementId, `progress:${goal.id}`, async (asOf) => write(await progressOfGoal(scope, goal, side), asOf));
}

/** A goal and every goal under it, from an engagement's goals, in their order. */
function subtreeOf(goals: readonly GoalOutline[], rootId: string): GoalOutline[] {
  const childrenOf = new Map<string, string[]>();
  for (const goal of goals) {
    if (goal.parentId) childrenOf.set(goal.parentId, [...(childrenOf.get(goal.parentId) ?? []), goal.id]);
  }
  const inside = new Set<string>();
  const toVisit = [rootId];
  for (let id = toVisit.pop(); id !== undefined; id = toVisit.pop()) {
    if (inside.has(id)) continue;
    inside.add(id);
    toVisit.push(...(childrenOf.get(id) ?? []));
  }
  return goals.filter((goal) => inside.has(goal.id));
}
