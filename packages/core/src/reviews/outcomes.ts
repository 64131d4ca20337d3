/**
 * What a review decides about a goal. `keep`: nothing changes and the next review is in 90 days.
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
