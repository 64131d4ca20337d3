import { metricDirection, weightOf, type Metric, type MetricDirection, type Observation } from './metric.ts';
import { findCurrentObservation } from './observations.ts';

/** How far one metric has come, from its baseline towards its target. */
export type MetricProgress = {
  metricId: string;
  weight: number;
  direction: MetricDirection;
  /** The value in force (latest by effective date, then recorded time), or null before the first one. */
  current: number | null;
  /** YYYY-MM-DD: the day the current value describes. */
  currentOn: string | null;
  /** (current − baseline) / (target − baseline), not clamped: 1.25 is a quarter past the target, −0.2 is behind the baseline. */
  rawProgress: number | null;
  /** The share of the way done, 0..1: what the goal's progress and the roll-up count. */
  progress: number;
  /** How far past the target, as a share of the baseline-to-target distance: 0.25 is a quarter further. */
  overshoot: number;
  /** The value lies beyond the baseline the wrong way (progress counts 0). */
  isBehindBaseline: boolean;
  /** At least one value has been recorded. Without one, progress is 0 and there is "no measure yet". */
  hasMeasure: boolean;
};

/** What a weighted mean of progress needs from each part. */
export type WeightedProgress = Pick<MetricProgress, 'progress' | 'weight' | 'hasMeasure'>;

/** A goal's own metrics (or a scorecard) taken together. */
export type CombinedProgress = {
  /** The weighted mean of the parts' progress, 0..1; 0 when there are none. */
  progress: number;
  /** The sum of the parts' weights: how much the block counts in a roll-up. */
  weight: number;
  /** Whether any part has a recorded value. */
  hasMeasure: boolean;
};

/**
 * The share of the way from the baseline to the target that `value` stands at, not clamped:
 * 0 at the baseline, 1 at the target, whichever way the metric runs. From 60 to 50 hours a week,
 * 55 hours is 0.5. A target equal to the baseline throws a RangeError: there is no way to go.
 */
export function progressOfValue(metric: Pick<Metric, 'baseline' | 'target'>, value: number): number {
  metricDirection(metric);
  return (value - metric.baseline) / (metric.target - metric.baseline);
}

/**
 * How far a metric has come: `(current − baseline) / (target − baseline)` for the value in force.
 * The roll-up counts it clamped to 0..1: a value past the target counts as done, with the
 * overshoot reported apart (a target of 20 reached with 25, from 0, is progress 1 and overshoot
 * 0.25); a value beyond the baseline the wrong way counts 0. Before the first value is recorded
 * the metric counts 0 and says it has no measure yet. A metric whose target equals its baseline
 * throws a RangeError (`validateMetric` refuses it).
 */
export function measureMetric(metric: Metric, observations: readonly Observation[]): MetricProgress {
  const direction = metricDirection(metric);
  const base = { metricId: metric.id, weight: weightOf(metric), direction };
  const current = findCurrentObservation(observations);
  if (current === null) {
    return { ...base, current: null, currentOn: null, rawProgress: null, progress: 0, overshoot: 0, isBehindBaseline: false, hasMeasure: false };
  }
  const rawProgress = progressOfValue(metric, current.value);
  return {
    ...base,
    current: current.value,
    currentOn: current.effectiveOn,
    rawProgress,
    progress: Math.min(1, Math.max(0, rawProgress)),
    overshoot: Math.max(0, rawProgress - 1),
    isBehindBaseline: rawProgress < 0,
    hasMeasure: true,
  };
}

/**
 * The weighted mean of several metrics' progress: a goal's own progress, or a scorecard's
 * (competencies rated 1-5, each with its weight). A metric with no value yet counts as 0 with its
 * full weight; a weight of zero or below counts for nothing.
 */
export function combineMetricProgress(parts: readonly WeightedProgress[]): CombinedProgress {
  let weight = 0;
  let weighted = 0;
  let hasMeasure = false;
  for (const part of parts) {
    const w = Math.max(0, part.weight);
    weight += w;
    weighted += w * part.progress;
    hasMeasure ||= part.hasMeasure;
  }
  return { progress: weight > 0 ? weighted / weight : 0, weight, hasMeasure };
}

/** Measures each of a goal's metrics (or a scorecard's items) and combines them. */
export function measureGoalMetrics(
  entries: readonly { metric: Metric; observations: readonly Observation[] }[],
): CombinedProgress & { metrics: MetricProgress[] } {
  const metrics = entries.map(({ metric, observations }) => measureMetric(metric, observations));
  return { ...combineMetricProgress(metrics), metrics };
}
