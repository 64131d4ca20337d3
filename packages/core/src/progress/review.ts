import { addCalendarDays, daysBetween } from '../horizon.ts';

/** A goal is reviewed every 90 days: is it still the right goal, and does it need changing? */
export const REVIEW_EVERY_DAYS = 90;

/**
 * When a goal's next review is due: 90 days after its last review, or after it became active
 * when it has not been reviewed yet. A review dated before the activation (an older version of the
 * goal) does not move the date back. Dates are YYYY-MM-DD.
 */
export function nextReviewDue(activatedOn: string, lastReviewOn: string | null): string {
  const from = lastReviewOn !== null && daysBetween(activatedOn, lastReviewOn) > 0 ? lastReviewOn : activatedOn;
  return addCalendarDays(from, REVIEW_EVERY_DAYS);
}

/**
 * When an open goal's next review is due, or null for a goal that is not under way (a draft, a
 * proposal, an achieved or dropped goal: a dropped goal leaves the reviews with its history).
 */
export function reviewDueOn(goal: { state: string; activatedOn: string | null; lastReviewOn: string | null }): string | null {
  if (goal.state !== 'active' || goal.activatedOn === null) return null;
  return nextReviewDue(goal.activatedOn, goal.lastReviewOn);
}
