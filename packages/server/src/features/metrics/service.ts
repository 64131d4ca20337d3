import type { Scope } from '../../context.ts';
import { AppError, type FieldError } from '../../errors.ts';
import { accessGoal } from '../goals/service.ts';
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

/**
 * What makes a metric usable: a target that differs from the baseline (which way is progress
 * otherwise?), and for a scale item (a scorecard line such as a competency rated 1-5) bounds that
 * hold both.
 */
export function metricProblems(metric: NewMetric): FieldError[] {
  const problems: FieldError[] = [];
  if (metric.baseline === metric.target) {
    problems.push({ path: 'target', message: 'The target must differ from the baseline.', code: 'baseline_equals_target' });
  }
  if (metric.kind === 'scale') {
    if (metric.min === undefined || metric.max === undefined) {
      problems.push({ path: metric.min === undefined ? 'min' : 'max', message: 'A scale needs min and max.', code: 'scale_bounds_required' });
    } else if (metric.min >= metric.max) {
      problems.push({ path: 'max', message: 'max must be above min.', code: 'scale_bounds_inverted' });
    } else {
      for (const field of ['baseline', 'target'] as const) {
        if (metric[field] < metric.min || metric[field] > metric.max) {
          problems.push({ path: field, message: `Must lie between ${metric.min} and ${metric.max}.`, code: 'outside_scale' });
        }
      }
    }
  }
  return problems;
}

export async function listMetrics(scope: Scope, goalId: string): Promise<Metric[]> {
  const { goal } = await accessGoal(scope, goalId);
  return repo.listMetrics(scope.tx, [goal.id]);
}

/** The metrics of several goals the caller has already been given access to. */
export function metricsOfGoals(scope: Scope, goalIds: readonly string[]): Promise<Metric[]> {
  return repo.listMetrics(scope.tx, goalIds);
}

/** Either side gives a goal a metric: baseline first, with its date, then the target. */
export async function addMetric(scope: Scope, goalId: string, input: NewMetric): Promise<Metric> {
  const { actor, goal } = await accessGoal(scope, goalId);
  if (goal.state === 'achieved' || goal.state === 'dropped') {
    throw new AppError('invalid_transition', `The goal is ${goal.state}: it takes no new metrics.`, { extensions: { currentState: goal.state } });
  }
  const problems = metricProblems(input);
  if (problems.length > 0) throw new AppError('validation_failed', problems.map((p) => `${p.path}: ${p.message}`).join('; '), { errors: problems });
  return repo.insertMetric(scope.tx, {
    practiceId: goal.practiceId,
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
}
