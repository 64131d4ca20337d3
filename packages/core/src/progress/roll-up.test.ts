import { describe, expect, it } from 'vitest';
import type { GoalState } from '../goals/lifecycle.ts';
import type { WeightedProgress } from './metric-progress.ts';
import { rollUpProgress, type ProgressNode } from './roll-up.ts';

const metric = (progress: number, weight = 1, hasMeasure = true): WeightedProgress => ({ progress, weight, hasMeasure });
let ids = 0;
const goal = (parts: Partial<ProgressNode> = {}): ProgressNode => ({ id: `g${++ids}`, state: 'active', metrics: [], expected: null, children: [], ...parts });
const child = (progress: number, state: GoalState = 'active', weight?: number, expected: number | null = null) =>
  goal({ state, metrics: [metric(progress)], expected, ...(weight === undefined ? {} : { weight }) });

describe('rollUpProgress: progress', () => {
  it.each<[string, ProgressNode, number]>([
    ['own metrics only, weighted 1 and 3', goal({ metrics: [metric(0.5), metric(1, 3)] }), (0.5 + 3) / 4],
    ['children only, equal weights', goal({ children: [child(0.2), child(0.6)] }), 0.4],
    ['children weighted 3 and 1', goal({ children: [child(1, 'active', 3), child(0, 'active', 1)] }), 0.75],
    ['own metrics weigh their sum (2) against a child (1)', goal({ metrics: [metric(0.5), metric(0.5)], children: [child(0.2)] }), (2 * 0.5 + 0.2) / 3],
    ['a dropped child does not count', goal({ children: [child(0.8), child(0, 'dropped')] }), 0.8],
    ['an achieved child counts as 1, whatever its metrics say', goal({ children: [child(0.2, 'achieved'), child(0.4)] }), 0.7],
    ['drafts and proposals do not count yet', goal({ children: [child(0.8), child(0, 'draft'), child(0, 'proposed')] }), 0.8],
    ['a child weighted 0 counts for nothing', goal({ children: [child(0.8), child(0, 'active', 0)] }), 0.8],
    ['an unmeasured metric counts 0 with its weight', goal({ metrics: [metric(1), metric(0, 1, false)] }), 0.5],
    ['nothing to count: 0', goal(), 0],
    ['only dropped children: 0', goal({ children: [child(1, 'dropped')] }), 0],
    ['an achieved goal is 1 itself', goal({ state: 'achieved', metrics: [metric(0.3)] }), 1],
    [
      'grandchildren roll up through their parent',
      goal({ children: [goal({ children: [child(1), child(0)] }), child(1)] }),
      (0.5 + 1) / 2,
    ],
  ])('%s', (_name, node, progress) => expect(rollUpProgress(node).progress).toBeCloseTo(progress, 10));
});

describe('rollUpProgress: expected progress rolls up the same way', () => {
  it.each<[string, ProgressNode, number | null]>([
    ['own plan only', goal({ metrics: [metric(0.2)], expected: 0.5 }), 0.5],
    ['own metrics (weight 2) expected 0.5, a child expected 0.8', goal({ metrics: [metric(0), metric(0)], expected: 0.5, children: [child(0, 'active', 1, 0.8)] }), (2 * 0.5 + 0.8) / 3],
    ['a dropped child\'s plan does not count', goal({ metrics: [metric(0)], expected: 0.5, children: [child(0, 'dropped', 1, 1)] }), 0.5],
    ['an achieved child keeps its own plan', goal({ children: [child(0, 'achieved', 1, 0.4), child(0.5, 'active', 1, 0.6)] }), 0.5],
    ['a part without dates counts as on its plan', goal({ metrics: [metric(0.3)], expected: null, children: [child(0.2, 'active', 1, 0.6)] }), (0.3 + 0.6) / 2],
    ['nothing has dates', goal({ metrics: [metric(0.3)], children: [child(0.2)] }), null],
    ['nothing to count: the goal\'s own plan', goal({ expected: 0.7 }), 0.7],
  ])('%s', (_name, node, expected) => {
    const rolled = rollUpProgress(node).expected;
    if (expected === null) expect(rolled).toBeNull();
    else expect(rolled).toBeCloseTo(expected, 10);
  });
});

describe('rollUpProgress: the tree it returns', () => {
  it('says what was measured, and which children counted with what weight', () => {
    const tree = goal({
      id: 'vision',
      children: [
        goal({ id: 'year', weight: 2, metrics: [metric(0, 1, false)], expected: 0.3 }),
        goal({ id: 'done', state: 'achieved' }),
        goal({ id: 'let-go', state: 'dropped', metrics: [metric(0.9)] }),
      ],
    });
    const rolled = rollUpProgress(tree);
    expect(rolled).toMatchObject({ id: 'vision', hasMeasure: true, countsInParent: true, weight: 1 });
    expect(rolled.progress).toBeCloseTo(1 / 3, 10);
    expect(rolled.children.map(({ id, progress, hasMeasure, countsInParent, weight }) => ({ id, progress, hasMeasure, countsInParent, weight }))).toEqual([
      { id: 'year', progress: 0, hasMeasure: false, countsInParent: true, weight: 2 },
      { id: 'done', progress: 1, hasMeasure: true, countsInParent: true, weight: 1 },
      { id: 'let-go', progress: 0.9, hasMeasure: true, countsInParent: false, weight: 1 },
    ]);
  });

  it('has no measure when nothing under it was measured', () => {
    expect(rollUpProgress(goal({ metrics: [metric(0, 1, false)], children: [goal()] })).hasMeasure).toBe(false);
  });
});
