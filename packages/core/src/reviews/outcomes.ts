import { nextLookBack, type NextLook } from '../progress/review.ts';

/**
 * What a review decides about a goal. `keep`: nothing changes and the goal is looked at again at
 * the next review in 90 days, or at its end when it is due before then (`nextLookAfterKeep`).
 * `modify`: new words (a target, a date) proposed as a revision both sides agree to. `realign`: the
 * goal serves different values, also a revision both agree to. `drop`: the goal leaves the active
 * set, its history kept.
 */
export const REVIEW_OUTCOMES = ['keep', 'modify', 'realign', 'drop'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** Every outcome but `keep` changes the goal, and a change is always explained. */
export function outcomeNeedsReason(outcome: ReviewOutcome): boolean {
  return outcome !== 'keep';
}

/** The outcomes that propose a new revision of the goal (and so need `changes`). */
export function outcomeRevisesGoal(outcome: ReviewOutcome): boolean {
  return outcome === 'modify' || outcome === 'realign';
}

/**
 * When a goal kept at a review held on `heldOn` is looked at next: the next review, 90 days on,
 * or its due date when the goal ends after the review day and before that review would fall due
 * (`nextLookBack` from the review). Dates are YYYY-MM-DD; `dueOn` is null for a goal with no due date.
 */
export function nextLookAfterKeep(heldOn: string, dueOn: string | null): NextLook {
  return nextLookBack(heldOn, null, dueOn);
}
