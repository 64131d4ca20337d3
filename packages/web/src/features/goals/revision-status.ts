import type { Goal, RevisionHistoryItem } from '../../api/types';

export type RevisionStatus = 'inForce' | 'awaiting' | 'draft' | 'declined' | 'wasInForce' | 'replaced' | 'notAgreed';

/**
 * Where a revision stands in the goal's history: in force, awaiting agreement, still a draft,
 * declined, in force once, replaced by a later one, or left unagreed when the goal closed.
 */
export function revisionStatus(
  revision: Pick<RevisionHistoryItem, 'id' | 'agreements'>,
  goal: Pick<Goal, 'state' | 'activeRevision' | 'pendingRevision'>,
  isLatest: boolean,
): RevisionStatus {
  if (revision.id === goal.activeRevision?.id) return 'inForce';
  const isDeclined = revision.agreements.some((agreement) => agreement.decision === 'decline');
  if (revision.id === goal.pendingRevision?.id && (goal.state === 'draft' || goal.state === 'proposed' || goal.state === 'active')) {
    if (goal.state !== 'draft') return 'awaiting';
    return isDeclined ? 'declined' : 'draft';
  }
  const agreedBy = new Set(revision.agreements.filter((agreement) => agreement.decision === 'agree').map((agreement) => agreement.side));
  if (agreedBy.has('coach') && agreedBy.has('client')) return 'wasInForce';
  if (isDeclined) return 'declined';
  return isLatest ? 'notAgreed' : 'replaced';
}
