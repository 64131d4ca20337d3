import type { GoalState } from '../goals/lifecycle.ts';
import { combineMetricProgress, type WeightedProgress } from './metric-progress.ts';

/** A goal in the cascade, as the roll-up reads it: its own metrics' progress and its children. */
export type ProgressNode = {
  id: string;
  state: GoalState;
  /** How much the goal counts among its siblings in its parent's progress; 1 unless said otherwise. */
  weight?: number;
  /** Its own metrics, measured (`measureMetric`). */
  metrics: readonly WeightedProgress[];
  /** Where its own plan line says it should be today (`expectedProgress`); null for a goal without dates. */
  expected: number | null;
  children: readonly ProgressNode[];
};

export type RolledUpProgress = {
  id: string;
  state: GoalState;
  /** 0..1: the weighted mean of its own metrics and its children; 1 once it is achieved. */
  progress: number;
  /** 0..1: where it should be today, rolled up the same way; null when nothing under it has dates. */
  expected: number | null;
  /** Whether anything under it has been measured (or achieved): without that, progress 0 means "not known yet". */
  hasMeasure: boolean;
  /** Whether it counts in its parent's progress: active and achieved goals do. */
  countsInParent: boolean;
  /** The weight it counts with there. */
  weight: number;
  children: RolledUpProgress[];
};

/** Goals that count in their parent's progress. Drafts and proposals are not agreed yet; dropped goals are let go. */
const COUNTED_STATES: readonly GoalState[] = ['active', 'achieved'];

/** Whether a goal, as rolled up, counts in its parent's progress: in a counted state, with a weight. */
export function countsInParentProgress(goal: { state: GoalState; weight: number }): boolean {
  return COUNTED_STATES.includes(goal.state) && goal.weight > 0;
}

type Part = { weight: number; progress: number; expected: number | null; hasMeasure: boolean };

/**
 * A goal's progress in the cascade: the weighted mean of its own metrics, taken as one block
 * that weighs as much as their weights added up, and of its children, each with its goal weight.
 * A goal with two metrics (weight 1 each) and one child (weight 1) counts its metrics 2 to 1.
 * An achieved child counts as done (1), whatever its metrics say; a dropped child does not count,
 * nor does a draft or a proposal, which nobody has agreed to yet. An achieved goal is itself 1.
 * Expected progress rolls up with the same weights; a part without dates counts as exactly on
 * its plan (expected = its progress), so it pulls the goal neither ahead nor behind. A goal with
 * no metrics and no counted children is at 0, measured by nothing, with its own plan's expectation.
 */
export function rollUpProgress(node: ProgressNode): RolledUpProgress {
  const children = node.children.map(rollUpProgress);
  const own = combineMetricProgress(node.metrics);
  const parts: Part[] = [
    ...(own.weight > 0 ? [{ ...own, expected: node.expected }] : []),
    ...children.filter(countsInParentProgress),
  ];
  const weight = Math.max(0, node.weight ?? 1);
  const countsInParent = COUNTED_STATES.includes(node.state);
  const isAchieved = node.state === 'achieved';

  const total = parts.reduce((sum, part) => sum + part.weight, 0);
  if (total === 0) {
    return { id: node.id, state: node.state, progress: isAchieved ? 1 : 0, expected: node.expected, hasMeasure: isAchieved, countsInParent, weight, children };
  }
  const mean = (value: (part: Part) => number) => parts.reduce((sum, part) => sum + part.weight * value(part), 0) / total;
  const hasPlan = parts.some((part) => part.expected !== null);
  return {
    id: node.id,
    state: node.state,
    progress: isAchieved ? 1 : mean((part) => part.progress),
    expected: hasPlan ? mean((part) => part.expected ?? part.progress) : null,
    hasMeasure: isAchieved || parts.some((part) => part.hasMeasure),
    countsInParent,
    weight,
    children,
  };
}
