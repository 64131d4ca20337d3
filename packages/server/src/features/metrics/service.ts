import { validateMetric, type MetricProblemCode } from '@tandem/core';
import type { Scope } from '../../context.ts';
import { AppError, outsideScale, type FieldError } from '../../errors.ts';
import { accessGoal, reassessGoal } from '../goals/service.ts';
import { metricsOfGoalIds } from './read.ts';
import * as repo from './repo.ts';

export type Metric = repo.MetricRow;
export type NewMetric = {
  name: string;
  unit?: string | undefined;
  kind: 'number' | 'scale';
  min?: number | undefined;
  max?: number | undefined;
  baseline: number;
  baselineOn: string;
  target: number;
  weight?: number | undefined;
};

const METRIC_PROBLEM_MESSAGES: Record<MetricProblemCode, string> = {
  not_a_number: 'Must be a number.',
  not_a_date: 'Must be a date, YYYY-MM-DD.',
  weight_not_positive: 'Must be above 0.',
  baseline_equals_target: 'The target must differ from the baseline.',
  scale_bounds_required: 'A scale needs min and max.',
  scale_bounds_inverted: 'max must be above min.',
  outside_scale: 'Must lie between min and max.',
};

/**
 * The metric rules of packages/core (a target that differs from the baseline, a scale that holds
 * both), by field; a baseline or target off the scale names the scale's ends.
 */
export function metricProblems(metric: NewMetric): FieldError[] {
  const { min, max } = metric;
  return validateMetric({ ...metric, weight: metric.weight ?? 1 }).map((problem) => {
    if (problem.code === 'outside_scale' && min !== undefined && max !== undefined) return outsideScale(problem.field, { min, max });
    return { path: problem.field, message: METRIC_PROBLEM_MESSAGES[problem.code], code: problem.code };
  });
}

export async function listMetrics(scope: Scope, goalId: string): Promise<Metric[]> {
  const { goal } = await accessGoal(scope, goalId);
  return repo.listMetrics(scope.tx, [goal.id]);
}

/** The metrics of several goals the caller has already been given access to. */
export function metricsOfGoals(scope: Scope, goalIds: readonly string[]): Promise<Metric[]> {
  return metricsOfGoalIds(scope.tx, goalIds);
}

/** Either side gives a goal a metric: baseline first, with its date, then the target. */
export async function addMetric(scope: Scope, goalId: string, input: NewMetric): Promise<Metric> {
  const { actor, goal } = await accessGoal(scope, goalId);
  if (goal.state === 'achieved' || goal.state === 'dropped') {
    throw new AppError('invalid_transition', `The goal is ${goal.state}: it takes no new metrics.`, { extensions: { currentState: goal.state } });
  }
  const problems = metricProblems(input);
  if (problems.length > 0) throw new AppError('validation_failed', problems.map((p) => `${p.path}: ${p.message}`).join('; '), { errors: problems });
  const metric = await repo.insertMetric(scope.tx, {
    practiceId: goal.practiceId,
    engagementId: goal.engagementId,
    goalId: goal.id,
    name: input.name.trim(),
    unit: input.unit?.trim() ?? '',
    kind: input.kind,
    min: input.kind === 'scale' ? (input.min ?? null) : null,
    max: input.kind === 'scale' ? (input.max ?? null) : null,
    baseline: input.baseline,
    baselineOn: input.baselineOn,
    target: input.target,
    weight: input.weight ?? 1,
    createdBy: actor.userId,
    at: scope.now,
  });
  await reassessGoal(scope, goal.id);
  return metric;
}
