import type { CascadeNode, RiskStatus } from '../../api/types';

/** A cascade node for tests: a quarter goal named by its id, active unless not judged. */
export function cascadeNode(goalId: string, status: RiskStatus, children: CascadeNode[] = []): CascadeNode {
  return {
    goalId,
    title: goalId,
    horizon: 'quarter',
    state: status === 'not_judged' ? 'draft' : 'active',
    startsOn: null,
    dueOn: null,
    weight: 1,
    progress: 0,
    expectedProgress: null,
    hasMeasure: false,
    status,
    reasons: [],
    parentId: null,
    children,
  };
}
