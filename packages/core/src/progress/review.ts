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
