import { isCalendarDate } from '../horizon.ts';

/**
 * What a goal is measured by: a number (presentations given, hours worked a week) or a point on
 * a scale (a scorecard line such as a competency rated 1-5). It starts at a baseline, measured on
 * `baselineOn`, and aims at a target. Which way is progress follows from the two: a target above
 * the baseline asks the number to rise, one below it asks it to fall (60 → 50 hours a week).
 */
export type Metric = {
  id: string;
  name: string;
  unit: string;
  kind: MetricKind;
  /** The lowest and highest point of a scale; a plain number has none. */
  min?: number | null;
  max?: number | null;
  baseline: number;
  /** YYYY-MM-DD */
  baselineOn: string;
  target: number;
  /** How much this metric counts in its goal's progress; 1 unless said otherwise. */
  weight?: number;
};

export const METRIC_KINDS = ['number', 'scale'] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

/** `increase` when the target lies above the baseline, `decrease` when below. */
export type MetricDirection = 'increase' | 'decrease';

/**
 * One value of a metric from a check-in. `effectiveOn` is the calendar day the value describes;
 * `recordedAt` is the instant it was written down (ISO 8601). A value back-filled today for last
 * week has last week's `effectiveOn`.
 */
export type Observation = {
  value: number;
  /** YYYY-MM-DD */
  effectiveOn: string;
  /** ISO 8601 instant, e.g. 2026-03-10T08:30:00Z */
  recordedAt: string;
};

/** What a metric is checked for before it is stored: the fields `validateMetric` looks at. */
export type MetricDraft = Pick<Metric, 'kind' | 'baseline' | 'baselineOn' | 'target' | 'min' | 'max' | 'weight'>;

export type MetricProblemCode =
  | 'not_a_number'
  | 'not_a_date'
  | 'baseline_equals_target'
  | 'scale_bounds_required'
  | 'scale_bounds_inverted'
  | 'outside_scale'
  | 'weight_not_positive';

/** One thing wrong with a metric, named by the field to fix. */
export type MetricProblem = { field: keyof MetricDraft; code: MetricProblemCode };

export type ObservationProblem = { field: keyof Observation; code: 'not_a_number' | 'not_a_date' | 'not_an_instant' | 'outside_scale' };

/** The weight a metric counts with: 1 unless it says otherwise. */
export function weightOf(metric: Pick<Metric, 'weight'>): number {
  return metric.weight ?? 1;
}

/**
 * Which way the metric should move. A metric whose target equals its baseline has no direction:
 * it is refused by `validateMetric`, and reading its direction throws a RangeError.
 */
export function metricDirection(metric: Pick<Metric, 'baseline' | 'target'>): MetricDirection {
  if (metric.target > metric.baseline) return 'increase';
  if (metric.target < metric.baseline) return 'decrease';
  throw new RangeError(`A metric's target must differ from its baseline (both are ${metric.baseline})`);
}

/**
 * What makes a metric usable: numbers that are numbers, a real baseline date, a target that
 * differs from the baseline (which way would progress be otherwise?), a positive weight, and
 * for a scale both bounds, the lowest below the highest, with the baseline and the target on
 * the scale. A plain number's bounds, if any are sent, are not looked at.
 * Returns every problem found, each naming its field; an empty list means the metric is sound.
 */
export function validateMetric(metric: MetricDraft): MetricProblem[] {
  const problems: MetricProblem[] = [];
  for (const field of ['baseline', 'target'] as const) {
    if (!Number.isFinite(metric[field])) problems.push({ field, code: 'not_a_number' });
  }
  if (!isCalendarDate(metric.baselineOn)) problems.push({ field: 'baselineOn', code: 'not_a_date' });
  if (metric.baseline === metric.target) problems.push({ field: 'target', code: 'baseline_equals_target' });
  if (metric.weight !== undefined && !(Number.isFinite(metric.weight) && metric.weight > 0)) {
    problems.push({ field: 'weight', code: 'weight_not_positive' });
  }
  if (metric.kind === 'scale') problems.push(...scaleProblems(metric));
  return problems;
}

function scaleProblems(metric: MetricDraft): MetricProblem[] {
  const { min, max } = metric;
  if (!isBound(min) || !isBound(max)) {
    return (['min', 'max'] as const).filter((field) => !isBound(metric[field])).map((field) => ({ field, code: 'scale_bounds_required' }));
  }
  if (min >= max) return [{ field: 'max', code: 'scale_bounds_inverted' }];
  return (['baseline', 'target'] as const)
    .filter((field) => metric[field] < min || metric[field] > max)
    .map((field) => ({ field, code: 'outside_scale' }));
}

function isBound(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * What makes a recorded value usable: a number (on the scale, for a scale metric), the calendar
 * day it describes, and the instant it was written down.
 */
export function validateObservation(metric: Pick<Metric, 'kind' | 'min' | 'max'>, observation: Observation): ObservationProblem[] {
  const problems: ObservationProblem[] = [];
  const { value } = observation;
  if (!Number.isFinite(value)) {
    problems.push({ field: 'value', code: 'not_a_number' });
  } else if (metric.kind === 'scale' && ((isBound(metric.min) && value < metric.min) || (isBound(metric.max) && value > metric.max))) {
    problems.push({ field: 'value', code: 'outside_scale' });
  }
  if (!isCalendarDate(observation.effectiveOn)) problems.push({ field: 'effectiveOn', code: 'not_a_date' });
  if (!ISO_INSTANT.test(observation.recordedAt) || Number.isNaN(Date.parse(observation.recordedAt))) {
    problems.push({ field: 'recordedAt', code: 'not_an_instant' });
  }
  return problems;
}

/** An instant needs its date, its time and its offset: "2026-03-10T08:30:00Z", "...+02:00". */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
