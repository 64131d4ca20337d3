import type { CascadeNode, GoalState } from '../../api/types';
import { titleOrder } from '../goals/goal-order';
import { HORIZONS } from '../goals/goal-words';

/** Goals being worked on first, then those on their way to agreement, then the closed ones. */
const STATE_ORDER: readonly GoalState[] = ['active', 'proposed', 'draft', 'achieved', 'dropped'];

function bySiblingOrder(byTitle: (a: string, b: string) => number, a: CascadeNode, b: CascadeNode): number {
  const horizon = HORIZONS.indexOf(a.horizon) - HORIZONS.indexOf(b.horizon);
  if (horizon !== 0) return horizon;
  const state = STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state);
  if (state !== 0) return state;
  if (a.dueOn !== b.dueOn) {
    if (a.dueOn === null) return 1;
    if (b.dueOn === null) return -1;
    return a.dueOn < b.dueOn ? -1 : 1;
  }
  return byTitle(a.title, b.title);
}

/**
 * The cascade in reading order at every level: the farther horizon first, goals under way before
 * drafts and closed ones, sooner due dates first, then by title in the UI's `language`. The API's
 * order is not one a reader can rely on.
 */
export function orderCascade(nodes: readonly CascadeNode[], language: string): CascadeNode[] {
  const byTitle = titleOrder(language);
  const order = (level: readonly CascadeNode[]): CascadeNode[] =>
    [...level].sort((a, b) => bySiblingOrder(byTitle, a, b)).map((node) => ({ ...node, children: order(node.children) }));
  return order(nodes);
}

/** Every goal of a cascade, parents before their children. */
export function cascadeGoals(roots: readonly CascadeNode[]): CascadeNode[] {
  return roots.flatMap((node) => [node, ...cascadeGoals(node.children)]);
}

/** The goals that have children, whose branches can open and close. */
export function branchIds(roots: readonly CascadeNode[]): string[] {
  return cascadeGoals(roots)
    .filter((node) => node.children.length > 0)
    .map((node) => node.goalId);
}
