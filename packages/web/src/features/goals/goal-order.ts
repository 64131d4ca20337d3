import type { Goal, Horizon, SmartAssessment } from '../../api/types';
import { HORIZONS, titleWithHorizon } from './goal-words';

/** How a list of goals is split: what waits for me first, then by state, the closed ones last. */
export const GOAL_GROUPS = ['awaitingMe', 'active', 'proposed', 'draft', 'closed'] as const;
export type GoalGroup = (typeof GOAL_GROUPS)[number];

/** Whether the goal's pending words wait for the reader's agreement. */
export function isAwaitingMe(goal: Pick<Goal, 'awaitingAgreementFrom' | 'mySide'>): boolean {
  return goal.awaitingAgreementFrom.includes(goal.mySide);
}

export function isClosed(goal: Pick<Goal, 'state'>): boolean {
  return goal.state === 'achieved' || goal.state === 'dropped';
}

export function goalGroup(goal: Goal): GoalGroup {
  if (isAwaitingMe(goal)) return 'awaitingMe';
  if (isClosed(goal)) return 'closed';
  return goal.state === 'active' ? 'active' : goal.state === 'proposed' ? 'proposed' : 'draft';
}

/** How many of the five SMART criteria are met. */
export function metCount(smart: SmartAssessment): number {
  return Object.values(smart).filter((criterion) => criterion.verdict === 'met').length;
}

/** The due date of the words in force (or being drafted). */
export function dueOn(goal: Goal): string | null {
  return (goal.activeRevision ?? goal.pendingRevision)?.dueOn ?? null;
}

/**
 * Titles compared as readers of the UI's language sort words (in Latvian every "Č" after every
 * "C"), not as the browser's own language would.
 */
export function titleOrder(language: string): (a: string, b: string) => number {
  return new Intl.Collator(language).compare;
}

function byCascadeThenDue(byTitle: (a: string, b: string) => number, a: Goal, b: Goal): number {
  const horizon = HORIZONS.indexOf(a.horizon) - HORIZONS.indexOf(b.horizon);
  if (horizon !== 0) return horizon;
  const [dueA, dueB] = [dueOn(a), dueOn(b)];
  if (dueA !== dueB) {
    if (dueA === null) return 1;
    if (dueB === null) return -1;
    return dueA < dueB ? -1 : 1;
  }
  return byTitle(a.title, b.title);
}

function byMostRecentlyClosed(a: Goal, b: Goal): number {
  return (b.closedAt ?? b.updatedAt).localeCompare(a.closedAt ?? a.updatedAt);
}

/** The order goals are offered in to be chosen: the ones in force first, closed ones last. */
const CHOICE_ORDER: readonly Goal['state'][] = ['active', 'proposed', 'draft', 'achieved', 'dropped'];

/**
 * The goals of `states` as choices in a form (a session's goals, an agenda item's, a journal
 * entry's): active ones first, then proposed ones, drafts and closed ones, each in the cascade's
 * order (the vision first, sooner due dates first, then by title in the UI's `language`), each
 * named with its horizon (`horizonName`, in the UI's language).
 */
export function goalChoices(
  goals: readonly Goal[],
  language: string,
  states: readonly Goal['state'][],
  horizonName: (horizon: Horizon) => string,
): { value: string; label: string }[] {
  const byTitle = titleOrder(language);
  return goals
    .filter((goal) => states.includes(goal.state))
    .sort((a, b) => CHOICE_ORDER.indexOf(a.state) - CHOICE_ORDER.indexOf(b.state) || byCascadeThenDue(byTitle, a, b))
    .map((goal) => ({ value: goal.id, label: titleWithHorizon(goal, horizonName) }));
}

/**
 * The goals in the order a coach or a client works through them: the ones waiting for the
 * reader's agreement, then active, proposed, drafts and closed ones. Inside a group the vision
 * comes before the month goals, and sooner due dates first, then by title in the UI's `language`;
 * closed goals latest first.
 */
export function groupGoals(goals: readonly Goal[], language: string): { group: GoalGroup; goals: Goal[] }[] {
  const byTitle = titleOrder(language);
  const open = (a: Goal, b: Goal) => byCascadeThenDue(byTitle, a, b);
  return GOAL_GROUPS.map((group) => ({
    group,
    goals: goals.filter((goal) => goalGroup(goal) === group).sort(group === 'closed' ? byMostRecentlyClosed : open),
  })).filter((entry) => entry.goals.length > 0);
}
