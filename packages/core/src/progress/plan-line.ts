import { daysBetween } from '../horizon.ts';

/** A goal's dates, YYYY-MM-DD: the plan runs from the start to the due date. */
export type PlanPeriod = { startsOn: string; dueOn: string };

/** The plan for one metric: a straight line from (start, baseline) to (due date, target). */
export type PlanLine = PlanPeriod & { baseline: number; target: number };

/** A point of the plan line, for a chart. */
export type PlanPoint = { on: string; value: number };

/**
 * Where the plan says the goal should be on `date`, as a share of the way: the share of the
 * period that has passed. Nothing is expected before the start (0) and everything by the due
 * date and after it (1): a quarter goal 45 days into 90 is expected half done.
 * Dates are YYYY-MM-DD; a malformed one throws a RangeError.
 */
export function expectedProgress(period: PlanPeriod, date: string): number {
  const span = daysBetween(period.startsOn, period.dueOn);
  const elapsed = daysBetween(period.startsOn, date);
  // A due date on or before the start leaves no time to spread the work over: all of it is due then.
  if (span <= 0) return daysBetween(period.dueOn, date) >= 0 ? 1 : 0;
  return Math.min(1, Math.max(0, elapsed / span));
}

/**
 * The plan of one metric of a goal: from its baseline's day when that came after the goal began (a
 * metric added midway starts on its plan line, not behind it), otherwise from the goal's start,
 * to the goal's due date. A baseline on or after the due date leaves the goal's own period.
 */
export function metricPlanPeriod(goal: PlanPeriod, baselineOn: string): PlanPeriod {
  const startsLater = daysBetween(goal.startsOn, baselineOn) > 0 && daysBetween(baselineOn, goal.dueOn) > 0;
  return { startsOn: startsLater ? baselineOn : goal.startsOn, dueOn: goal.dueOn };
}

/**
 * What a goal's own metrics are expected to have done by `date`: each metric's share of the way
 * along its own plan (`metricPlanPeriod`), weighted as their progress is. A goal without metrics
 * is expected along its own period.
 */
export function expectedOfMetrics(goal: PlanPeriod, metrics: readonly { baselineOn: string; weight: number }[], date: string): number {
  const total = metrics.reduce((sum, metric) => sum + Math.max(0, metric.weight), 0);
  if (total === 0) return expectedProgress(goal, date);
  return metrics.reduce((sum, metric) => sum + Math.max(0, metric.weight) * expectedProgress(metricPlanPeriod(goal, metric.baselineOn), date), 0) / total;
}

/** The value the plan line reaches on `date`: the baseline before the start, the target from the due date on. */
export function plannedValueOn(line: PlanLine, date: string): number {
  return line.baseline + (line.target - line.baseline) * expectedProgress(line, date);
}

/** The plan line's two end points, the baseline at the start and the target at the due date, to draw it. */
export function planLineEnds(line: PlanLine): [PlanPoint, PlanPoint] {
  return [
    { on: line.startsOn, value: line.baseline },
    { on: line.dueOn, value: line.target },
  ];
}
