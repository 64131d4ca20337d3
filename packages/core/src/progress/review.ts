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

/** When a goal is next looked back on: at its next 90-day review, or at its end (its due date). */
export type NextLook = { at: 'review' | 'goal_end'; on: string };

/**
 * When an active goal is next looked back on: at its next review (`nextReviewDue`), or at its end
 * when it is due after the last look (its activation or last review) and before that review comes,
 * since a goal is looked back on at its end, not 90 days after. A goal due on the day of the last
 * look, or overdue already, keeps the 90-day review.
 */
export function nextLookBack(activatedOn: string, lastReviewOn: string | null, dueOn: string | null): NextLook {
  const reviewOn = nextReviewDue(activatedOn, lastReviewOn);
  const lastLook = addCalendarDays(reviewOn, -REVIEW_EVERY_DAYS);
  if (dueOn !== null && daysBetween(lastLook, dueOn) > 0 && daysBetween(dueOn, reviewOn) > 0) return { at: 'goal_end', on: dueOn };
  return { at: 'review', on: reviewOn };
}

/**
 * When an open goal is next looked back on (`nextLookBack`), or null for a goal that is not under
 * way (a draft, a proposal, an achieved or dropped goal: a dropped goal leaves the reviews with its history).
 */
export function reviewDueOn(goal: { state: string; activatedOn: string | null; lastReviewOn: string | null; dueOn: string | null }): NextLook | null {
  if (goal.state !== 'active' || goal.activatedOn === null) return null;
  return nextLookBack(goal.activatedOn, goal.lastReviewOn, goal.dueOn);
}
