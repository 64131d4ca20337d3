import {
  assessRisk,
  collatorFor,
  compareText,
  buildMetricSeries,
  calendarDateIn,
  expectedOfMetrics,
  metricPlanPeriod,
  weightOf,
  horizonRank,
  measureMetric,
  rollUpProgress,
  type Locale,
  type MetricProgress,
  type MetricSeries,
  type Observation,
  type ProgressNode,
  type RiskAssessment,
  type RolledUpProgress,
} from '@tandem/core';
import type { Metric } from '../metrics/service.ts';
import type { GoalOutline } from '../goals/service.ts';

type ObservationRow = { metricId: string; value: number; effectiveOn: string; recordedAt: Date };

export type Measurements = {
  /** Each metric's current value (none yet: no row). */
  current: ObservationRow[];
  latest: { goalId: string; effectiveOn: string; confidence: number | null }[];
  /** The day of each goal's last review (never reviewed: absent). */
  lastReviewOn: ReadonlyMap<string, string>;
  /** How many open obstacles each goal has without a contingency plan (none: absent). */
  openObstaclesWithoutPlan: ReadonlyMap<string, number>;
};

export type GoalProgress = {
  goal: GoalOutline;
  rolled: RolledUpProgress;
  risk: RiskAssessment;
  metrics: { metric: Metric; progress: MetricProgress }[];
  lastCheckIn: { effectiveOn: string; confidence: number | null } | null;
  lastReviewOn: string | null;
  children: GoalProgress[];
};

function periodOf(goal: GoalOutline, fallbackStart: string | null) {
  const startsOn = goal.current.startsOn ?? fallbackStart;
  return startsOn && goal.current.dueOn ? { startsOn, dueOn: goal.current.dueOn } : null;
}

/** A metric's plan: its goal's, from the metric's baseline when that came later (`metricPlanPeriod`). */
function planOfMetric(goal: GoalOutline, baselineOn: string) {
  const period = periodOf(goal, baselineOn);
  return period ? metricPlanPeriod(period, baselineOn) : null;
}

/**
 * The progress of every goal of an engagement, computed together because a goal's progress rolls
 * up its children's: measured metrics, plan lines, the roll-up, and risk with its reasons.
 */
export function computeCascade(
  goals: readonly GoalOutline[],
  metrics: readonly Metric[],
  measurements: Measurements,
  reader: { locale: Locale; timeZone: string; now: Date },
): GoalProgress[] {
  const today = calendarDateIn(reader.timeZone, reader.now);
  const currentOf = new Map(measurements.current.map((row) => [row.metricId, toObservation(row)]));
  const latestOf = new Map(measurements.latest.map((row) => [row.goalId, row]));
  const ids = new Set(goals.map((goal) => goal.id));
  // Siblings in a stable order: the farther horizon first, then by due date, then by title.
  const collator = collatorFor(reader.locale);
  const ordered = [...goals].sort(
    (a, b) =>
      horizonRank(b.horizon) - horizonRank(a.horizon) ||
      compareText(a.current.dueOn ?? '9999-12-31', b.current.dueOn ?? '9999-12-31') ||
      collator.compare(a.current.title, b.current.title),
  );
  const byParent = new Map<string | null, GoalOutline[]>();
  for (const goal of ordered) {
    const parent = goal.parentId && ids.has(goal.parentId) ? goal.parentId : null;
    const siblings = byParent.get(parent);
    if (siblings) siblings.push(goal);
    else byParent.set(parent, [goal]);
  }
  const metricsOf = new Map<string, Metric[]>();
  for (const metric of metrics) {
    const own = metricsOf.get(metric.goalId);
    if (own) own.push(metric);
    else metricsOf.set(metric.goalId, [metric]);
  }
  const childrenOf = (id: string | null) => byParent.get(id) ?? [];

  const measured = new Map(
    goals.map((goal) => {
      return [
        goal.id,
        (metricsOf.get(goal.id) ?? []).map((metric) => {
          const current = currentOf.get(metric.id);
          return { metric, progress: measureMetric(metric, current ? [current] : []) };
        }),
      ] as const;
    }),
  );

  const toNode = (goal: GoalOutline): ProgressNode => {
    const period = periodOf(goal, null);
    const own = (metricsOf.get(goal.id) ?? []).map((metric) => ({ baselineOn: metric.baselineOn, weight: weightOf(metric) }));
    return {
      id: goal.id,
      state: goal.state,
      weight: goal.weight,
      metrics: (measured.get(goal.id) ?? []).map((entry) => entry.progress),
      expected: period ? expectedOfMetrics(period, own, today) : null,
      children: childrenOf(goal.id).map(toNode),
    };
  };

  const assemble = (goal: GoalOutline, rolled: RolledUpProgress): GoalProgress => {
    const latest = latestOf.get(goal.id) ?? null;
    const risk = assessRisk(
      {
        state: goal.state,
        horizon: goal.horizon,
        startsOn: goal.current.startsOn,
        dueOn: goal.current.dueOn,
        progress: rolled.progress,
        expected: rolled.expected,
        hasMeasure: rolled.hasMeasure,
        lastCheckInOn: latest?.effectiveOn ?? null,
        lastConfidence: latest?.confidence ?? null,
        activatedOn: goal.activatedOn,
        lastReviewOn: measurements.lastReviewOn.get(goal.id) ?? null,
        openObstaclesWithoutPlan: measurements.openObstaclesWithoutPlan.get(goal.id) ?? 0,
      },
      { today, locale: reader.locale },
    );
    const rolledChildren = new Map(rolled.children.map((child) => [child.id, child]));
    const children = childrenOf(goal.id).flatMap((child) => {
      const rolledChild = rolledChildren.get(child.id);
      return rolledChild ? [assemble(child, rolledChild)] : [];
    });
    const lastReviewOn = measurements.lastReviewOn.get(goal.id) ?? null;
    return { goal, rolled, risk, metrics: measured.get(goal.id) ?? [], lastCheckIn: latest, lastReviewOn, children };
  };

  return childrenOf(null).map((root) => assemble(root, rollUpProgress(toNode(root))));
}

function toObservation(row: ObservationRow): Observation {
  return { value: Number(row.value), effectiveOn: row.effectiveOn, recordedAt: new Date(row.recordedAt).toISOString() };
}

/** Each of a goal's metrics drawn over time: the values in force against the plan line. */
export function seriesOfMetrics(node: GoalProgress, history: readonly ObservationRow[]): Map<string, MetricSeries> {
  const historyOf = new Map<string, Observation[]>();
  for (const row of history) {
    const observations = historyOf.get(row.metricId);
    if (observations) observations.push(toObservation(row));
    else historyOf.set(row.metricId, [toObservation(row)]);
  }
  return new Map(
    node.metrics.map(({ metric }) => [
      metric.id,
      buildMetricSeries(metric, historyOf.get(metric.id) ?? [], planOfMetric(node.goal, metric.baselineOn)),
    ]),
  );
}

/** Finds one goal's progress in a computed cascade. */
export function findInCascade(roots: readonly GoalProgress[], goalId: string): GoalProgress | undefined {
  for (const node of roots) {
    if (node.goal.id === goalId) return node;
    const found = findInCascade(node.children, goalId);
    if (found) return found;
  }
  return undefined;
}
