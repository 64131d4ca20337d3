import type { Metric, MetricDirection, Observation } from './metric.ts';
import { metricDirection } from './metric.ts';
import { listObservationsInForce } from './observations.ts';
import { planLineEnds, plannedValueOn, type PlanPeriod, type PlanPoint } from './plan-line.ts';

/** One measured point of a chart, with where the plan line stood that day. */
export type ActualPoint = { on: string; value: number; planned: number | null };

/** What a chart of one metric needs: its measured values by date and its plan line. */
export type MetricSeries = {
  metricId: string;
  name: string;
  unit: string;
  direction: MetricDirection;
  baseline: number;
  target: number;
  /** One point per day, the value in force that day, in date order. */
  actual: ActualPoint[];
  /** The plan line's end points: (start, baseline) and (due date, target); null for a goal without dates. */
  plan: [PlanPoint, PlanPoint] | null;
};

/**
 * A metric's chart: the recorded values in date order (one per day: a correction replaces the
 * value it corrects; a back-filled value falls into place by its date), each with the value the
 * plan line gives that day, and the plan line's two end points. A goal without dates has no plan.
 */
export function buildMetricSeries(metric: Metric, observations: readonly Observation[], period: PlanPeriod | null): MetricSeries {
  const line = period === null ? null : { ...period, baseline: metric.baseline, target: metric.target };
  return {
    metricId: metric.id,
    name: metric.name,
    unit: metric.unit,
    direction: metricDirection(metric),
    baseline: metric.baseline,
    target: metric.target,
    actual: listObservationsInForce(observations).map(({ effectiveOn, value }) => ({
      on: effectiveOn,
      value,
      planned: line === null ? null : plannedValueOn(line, effectiveOn),
    })),
    plan: line === null ? null : planLineEnds(line),
  };
}
