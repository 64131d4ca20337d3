/**
 * The day the form proposes for a new metric's baseline: today, the day it is measured. A metric
 * is planned from its baseline's day when that came after the goal began (decision 041), so a
 * measure added to a goal already under way starts from today, not from behind; a goal not begun
 * yet is planned from its start whatever the baseline's day, and a baseline is not measured
 * ahead of time. Never past the goal's due date, where the plan ends. All days are `YYYY-MM-DD`
 * in the reader's calendar.
 */
export function proposedBaselineDay(goal: { dueOn: string | null }, today: string): string {
  return goal.dueOn !== null && goal.dueOn < today ? goal.dueOn : today;
}
