import { daysBetween } from '../horizon.ts';

/**
 * A commitment is an action item someone takes on in a session: `open` until it is `done`, or
 * `dropped` when it no longer makes sense. Dropped and done commitments may be reopened; the
 * commitment's history keeps every change.
 */
export const COMMITMENT_STATUSES = ['open', 'done', 'dropped'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** Whose action item it is: the client's (the usual case) or the coach's. */
export const COMMITMENT_OWNERS = ['client', 'coach'] as const;
export type CommitmentOwner = (typeof COMMITMENT_OWNERS)[number];

/**
 * A commitment is overdue when it is still open and its due date has passed on the reader's
 * calendar: due yesterday is overdue, due today is not yet. Dates are YYYY-MM-DD.
 */
export function isCommitmentOverdue(commitment: { status: CommitmentStatus; dueOn: string | null }, today: string): boolean {
  return commitment.status === 'open' && commitment.dueOn !== null && daysBetween(commitment.dueOn, today) > 0;
}
