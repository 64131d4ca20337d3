import { daysBetween, isLowerHorizon } from '@tandem/core';
import type { Scope } from '../../context.ts';
import { AppError, type FieldError } from '../../errors.ts';
import { currentValuesOfMetricIds, metricsOfGoalIds } from '../metrics/read.ts';
import { listValues } from '../values/service.ts';
import type { AssessmentContext, GoalContent } from './assessment.ts';
import * as repo from './repo.ts';
import { loadGoalViews } from './views.ts';

/**
 * What a goal's words link to, and what is wrong with the links: values must be this
 * engagement's, a parent goal this engagement's on a higher horizon with the child's dates inside
 * its own, and the due date not before the start. When the words link to a parent anew (a new
 * goal, or a move in the cascade), that parent must be open and must not be the goal itself or
 * one of its descendants. Returns the SMART context and the problems.
 */
export async function readContent(
  scope: Scope,
  engagementId: string,
  content: GoalContent,
  parentId: string | null,
  goalId: string | null = null,
  linking = false,
): Promise<{ context: AssessmentContext; problems: FieldError[] }> {
  const problems: FieldError[] = [];
  if (content.startsOn && content.dueOn && content.dueOn < content.startsOn) {
    problems.push({ path: 'dueOn', message: 'The due date is before the start date.', code: 'due_before_start' });
  }
  const values = await listValues(scope, engagementId, { includeArchived: true });
  const known = content.valueIds.filter((id) => values.some((value) => value.id === id));
  if (known.length < content.valueIds.length) {
    const unknown = content.valueIds.filter((id) => !known.includes(id));
    problems.push({ path: 'valueIds', message: `Not values of this engagement: ${unknown.join(', ')}`, code: 'unknown_value' });
  }
  const metrics = goalId ? await metricsOfGoalIds(scope.tx, [goalId]) : [];
  const context: AssessmentContext = { linkedValueCount: known.length, parent: null, metrics, ...(await paceSoFar(scope, metrics)) };
  if (!parentId) return { context, problems };
  const parent = await repo.findGoal(scope.tx, parentId);
  if (!parent || parent.engagementId !== engagementId) {
    problems.push({ path: 'parentId', message: 'Not a goal of this engagement.', code: 'unknown_goal' });
    return { context, problems };
  }
  if (linking) {
    const cycle = goalId !== null && (parentId === goalId || (await repo.ancestorIds(scope.tx, parentId)).includes(goalId));
    if (cycle) {
      problems.push({ path: 'parentId', message: 'A goal cannot sit under itself or under one of its own steps.', code: 'parent_cycle' });
      return { context, problems };
    }
    if (parent.state === 'dropped' || parent.state === 'achieved') {
      problems.push({ path: 'parentId', message: `The parent goal is ${parent.state}: choose an open goal.`, code: 'parent_closed' });
    }
  }
  if (!isLowerHorizon(content.horizon, parent.horizon)) {
    problems.push({ path: 'horizon', message: `A goal under a ${parent.horizon} goal needs a shorter horizon.`, code: 'horizon_not_below_parent' });
  }
  const [parentView] = await loadGoalViews(scope.tx, [parent], { locale: 'en', sideFor: () => 'coach' });
  const words = parentView?.current;
  // A step of the cascade lies within the period of the goal it serves.
  if (words?.startsOn && content.startsOn && content.startsOn < words.startsOn) {
    problems.push({ path: 'startsOn', message: `Starts before its parent goal (${words.startsOn}).`, code: 'outside_parent_dates' });
  }
  if (words?.dueOn && content.dueOn && content.dueOn > words.dueOn) {
    problems.push({ path: 'dueOn', message: `Due after its parent goal (${words.dueOn}).`, code: 'outside_parent_dates' });
  }
  context.parent = { title: words?.title ?? '', horizon: parent.horizon, startsOn: words?.startsOn ?? null, dueOn: words?.dueOn ?? null };
  return { context, problems };
}

/** The SMART context of words about to be saved; refuses them (400, by field) when a link is wrong. */
export async function checkContent(
  scope: Scope,
  engagementId: string,
  content: GoalContent,
  parentId: string | null,
  goalId: string | null = null,
  linking = false,
): Promise<AssessmentContext> {
  const { context, problems } = await readContent(scope, engagementId, content, parentId, goalId, linking);
  if (problems.length > 0) {
    throw new AppError('validation_failed', problems.map((problem) => `${problem.path}: ${problem.message}`).join('; '), { errors: problems });
  }
  return context;
}

/**
 * The pace so far of the metric SMART's Achievable weighs (the first with a baseline and a
 * target): its change a day from the baseline to the value in force, and that value. Nulls
 * without a value yet.
 */
async function paceSoFar(
  scope: Scope,
  metrics: readonly { id: string; baseline: number; baselineOn: string; target: number }[],
): Promise<{ paceSoFar: number | null; latestValue: number | null }> {
  const none = { paceSoFar: null, latestValue: null };
  const metric = metrics.find((candidate) => candidate.baseline !== candidate.target);
  if (!metric) return none;
  const [current] = await currentValuesOfMetricIds(scope.tx, [metric.id]);
  if (!current) return none;
  const days = daysBetween(metric.baselineOn, current.effectiveOn);
  const latestValue = Number(current.value);
  return days > 0 ? { paceSoFar: (latestValue - metric.baseline) / days, latestValue } : none;
}
