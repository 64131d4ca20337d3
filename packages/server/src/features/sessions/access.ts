import type { Side } from '@tandem/core';
import { requireActor, type Actor, type Scope } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { canViewEngagement } from '../engagements/policy.ts';
import { getEngagementParties, type EngagementParties } from '../engagements/service.ts';
import { sessionSideOf } from './policy.ts';
import * as repo from './repo.ts';

export type Session = repo.SessionRow;

/**
 * The sessions of an engagement, for its coach or its client: an engagement the actor may not
 * see is 404, one they see without taking part in (the practice's owner) is 403.
 */
export async function accessEngagementSessions(scope: Scope, engagementId: string): Promise<{ actor: Actor; engagement: EngagementParties; side: Side }> {
  const { actor, engagement } = await getEngagementParties(scope, engagementId);
  const side = sessionSideOf(actor, engagement);
  if (!side) throw new AppError('forbidden', 'Only the coach and the client of this engagement take part in its sessions.');
  return { actor, engagement, side };
}

/**
 * A session the actor takes part in, with their side. Commitments and coach notes start here
 * too. With `forUpdate`, the session is locked until the request ends: changes to it and to its
 * agenda happen one after another.
 */
export async function accessSession(
  scope: Scope,
  sessionId: string,
  options: { forUpdate?: boolean } = {},
): Promise<{ actor: Actor; side: Side; session: Session; parties: repo.SessionParties }> {
  const actor = requireActor(scope);
  const found = await repo.findSession(scope.tx, sessionId, options);
  const engagement = found && { practiceId: found.session.practiceId, ...found.parties };
  if (!found || !engagement || !canViewEngagement(actor, engagement)) throw new AppError('session_not_found', 'No such session.');
  const side = sessionSideOf(actor, engagement);
  if (!side) throw new AppError('forbidden', 'Only the coach and the client of this engagement take part in its sessions.');
  return { actor, side, session: found.session, parties: found.parties };
}
