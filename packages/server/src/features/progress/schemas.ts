import { HORIZONS, GOAL_STATES, type MetricSeries } from '@tandem/core';
import { z } from 'zod';
import { CalendarDate, Uuid } from '../../http/schemas.ts';
import type { GoalProgress } from './compute.ts';

const Status = z.enum(['on_track', 'needs_attention', 'at_risk', 'not_judged']);
const Reason = z.object({
  code: z.enum(['overdue', 'behind_plan', 'no_recent_check_in', 'low_confidence', 'no_measure', 'review_overdue', 'obstacle_without_plan']),
  severity: z.enum(['attention', 'risk']),
  params: z.record(z.string(), z.unknown()).describe('The numbers behind the reason'),
  text: z.string().describe("The reason in the reader's language"),
});

const Point = z.object({ on: CalendarDate, value: z.number() });

const MetricProgress = z.object({
  metricId: Uuid,
  name: z.string(),
  unit: z.string(),
  kind: z.enum(['number', 'scale']),
  min: z.number().nullable().describe('Lowest point of a scale'),
  max: z.number().nullable().describe('Highest point of a scale'),
  direction: z.enum(['increase', 'decrease']),
  baseline: z.number(),
  baselineOn: CalendarDate,
  target: z.number(),
  weight: z.number(),
  current: z.number().nullable(),
  currentOn: CalendarDate.nullable(),
  progress: z.number().describe('0..1 of the way from baseline to target'),
  overshoot: z.number().describe('How far past the target, as a share of the baseline-to-target distance'),
  hasMeasure: z.boolean(),
  actual: z.array(Point.extend({ planned: z.number().nullable() })).describe('One value per day in force, by date'),
  plan: z.array(Point).describe('The plan line: (start, baseline) to (due, target); empty without dates'),
});

const Summary = {
  goalId: Uuid,
  title: z.string(),
  horizon: z.enum(HORIZONS),
  state: z.enum(GOAL_STATES),
  startsOn: CalendarDate.nullable(),
  dueOn: CalendarDate.nullable(),
  weight: z.number(),
  progress: z.number().describe('0..1, rolled up over its own metrics and its children'),
  expectedProgress: z.number().nullable().describe('Where the plan says it should be today'),
  hasMeasure: z.boolean(),
  status: Status,
  reasons: z.array(Reason),
};

export const GoalProgressResponse = z.object({
  ...Summary,
  asOf: CalendarDate,
  lastCheckIn: z.object({ on: CalendarDate, confidence: z.number().nullable() }).nullable(),
  metrics: z.array(MetricProgress),
  children: z.array(z.object(Summary)),
});

export type CascadeNode = z.infer<z.ZodObject<typeof Summary>> & { parentId: string | null; children: CascadeNode[] };
export const CascadeNode: z.ZodType<CascadeNode> = z.object({
  ...Summary,
  parentId: Uuid.nullable(),
  get children() {
    return z.array(CascadeNode);
  },
}).meta({ id: 'CascadeNode', description: 'A goal in the cascade, with its children' });
export const Cascade = z.object({ engagementId: Uuid, asOf: CalendarDate, roots: z.array(CascadeNode) });

function summarize(node: GoalProgress) {
  return {
    goalId: node.goal.id,
    title: node.goal.current.title,
    horizon: node.goal.horizon,
    state: node.goal.state,
    startsOn: node.goal.current.startsOn,
    dueOn: node.goal.current.dueOn,
    weight: node.goal.weight,
    progress: node.rolled.progress,
    expectedProgress: node.rolled.expected,
    hasMeasure: node.rolled.hasMeasure,
    status: node.risk.status,
    reasons: node.risk.reasons.map((reason) => ({ ...reason, params: { ...reason.params } })),
  };
}

export function presentCascadeNode(node: GoalProgress): CascadeNode {
  return { ...summarize(node), parentId: node.goal.parentId, children: node.children.map(presentCascadeNode) };
}

export function presentGoalProgress(node: GoalProgress & { series: Map<string, MetricSeries> }, asOf: string): z.infer<typeof GoalProgressResponse> {
  return {
    ...summarize(node),
    asOf,
    lastCheckIn: node.lastCheckIn ? { on: node.lastCheckIn.effectiveOn, confidence: node.lastCheckIn.confidence } : null,
    metrics: node.metrics.map(({ metric, progress }) => {
      const series = node.series.get(metric.id);
      return {
        metricId: metric.id,
        name: metric.name,
        unit: metric.unit,
        kind: metric.kind,
        min: metric.min,
        max: metric.max,
        direction: progress.direction,
        baseline: metric.baseline,
        baselineOn: metric.baselineOn,
        target: metric.target,
        weight: metric.weight,
        current: progress.current,
        currentOn: progress.currentOn,
        progress: progress.progress,
        overshoot: progress.overshoot,
        hasMeasure: progress.hasMeasure,
        actual: series?.actual ?? [],
        plan: series?.plan ?? [],
      };
    }),
    children: node.children.map(summarize),
  };
}
