import { calendarDateIn, isCommitmentOverdue, type CommitmentOwner, type CommitmentStatus } from '@tandem/core';
import { requireActor, type Scope } from '../../context.ts';
import { AppError, invalidField } from '../../errors.ts';
import { getEngagementParties } from '../engagements/service.ts';
import { requireGoalsOfEngagement } from '../goals/links.ts';
import { accessEngagementSessions, accessSession } from '../sessions/access.ts';
import { carryToNextPlannedSession } from '../sessions/carry-over.ts';
import { sessionSideOf } from '../sessions/policy.ts';
import * as repo from './repo.ts';

export type CommitmentEvent = repo.CommitmentEventRow;
/** A commitment as its reader sees it: overdue on their calendar, with its whole history. */
export type Commitment = repo.CommitmentRow & { overdue: boolean; history: CommitmentEvent[] };

export type NewCommitment = { text: string; owner?: CommitmentOwner | undefined; goalId?: string | undefined; dueOn?: string | undefined };
export type CommitmentChanges = { status?: CommitmentStatus | undefined; outcome?: string | undefined; sessionId?: string | undefined };

/**
 * Either side makes a commitment in a session: an action item the client (by default) or the
 * coach owns, optionally for a goal and with a due date. It stays open until it is done or
 * dropped, and is carried onto the agenda of each new session until then, and at once onto the
 * next session when that one is already planned.
 */
export async function makeCommitment(scope: Scope, sessionId: string, input: NewCommitment): Promise<Commitment> {
  const { actor, session } = await accessSession(scope, sessionId);
  if (session.status === 'cancelled') {
    throw new AppError('invalid_transition', 'The session was cancelled: commitments are made in planned or held sessions.', {
      extensions: { currentState: session.status },
    });
  }
  const goalId = input.goalId ?? null;
  if (goalId) await requireGoalsOfEngagement(scope, session.engagementId, [goalId], 'goalId');
  const made = { goalId, owner: input.owner ?? 'client', text: input.text.trim(), dueOn: input.dueOn ?? null };
  const id = await repo.insertCommitment(scope.tx, {
    practiceId: session.practiceId,
    engagementId: session.engagementId,
    sessionId: session.id,
    ...made,
    createdBy: actor.userId,
    at: scope.now,
  });
  await carryToNextPlannedSession(scope, session, { id, ...made });
  return loadCommitment(scope, id);
}

/**
 * Marks a commitment done, dropped or open again, and records how it was followed up: the
 * outcome and the (later) session it was talked about in. Every change stays in its history.
 */
export async function changeCommitment(scope: Scope, commitmentId: string, changes: CommitmentChanges): Promise<Commitment> {
  const actor = requireActor(scope);
  const commitment = await repo.findCommitment(scope.tx, commitmentId, { forUpdate: true });
  if (!commitment) throw new AppError('commitment_not_found', 'No such commitment.');
  const parties = await unlessRefused(getEngagementParties(scope, commitment.engagementId));
  if (!parties) throw new AppError('commitment_not_found', 'No such commitment.');
  if (!sessionSideOf(actor, parties.engagement)) throw new AppError('forbidden', 'Only the coach and the client of this engagement track its commitments.');
  if (changes.sessionId) {
    const followedUpIn = await unlessRefused(accessSession(scope, changes.sessionId));
    if (!followedUpIn || followedUpIn.session.engagementId !== commitment.engagementId) {
      throw invalidField('sessionId', 'Not a session of this engagement.', 'unknown_session');
    }
    if (followedUpIn.session.id === commitment.sessionId) {
      throw invalidField('sessionId', 'A commitment is followed up in a later session than the one it was made in.', 'same_session');
    }
    if (followedUpIn.session.status === 'cancelled') throw invalidField('sessionId', 'That session was cancelled.', 'cancelled_session');
  }
  const outcome = changes.outcome?.trim();
  const followUp = outcome !== undefined || changes.sessionId ? { outcome: outcome ?? null, sessionId: changes.sessionId ?? null } : null;
  const toStatus = changes.status ?? commitment.status;
  if (toStatus !== commitment.status || followUp) {
    await repo.changeCommitment(scope.tx, {
      commitmentId: commitment.id,
      engagementId: commitment.engagementId,
      practiceId: commitment.practiceId,
      fromStatus: commitment.status,
      toStatus,
      followUp,
      by: actor.userId,
      at: scope.now,
    });
  }
  return loadCommitment(scope, commitment.id);
}

export async function listCommitments(scope: Scope, engagementId: string, filter: { status?: CommitmentStatus | undefined }): Promise<Commitment[]> {
  const { engagement } = await accessEngagementSessions(scope, engagementId);
  return withHistory(scope, await repo.listCommitments(scope.tx, { engagementId: engagement.id, status: filter.status ?? null }));
}

/** The action items I own across my engagements (open ones unless asked otherwise): my home page's. */
export async function listMyCommitments(scope: Scope, filter: { status?: CommitmentStatus | undefined }): Promise<Commitment[]> {
  const actor = requireActor(scope);
  return withHistory(scope, await repo.listOwnedCommitments(scope.tx, { userId: actor.userId, status: filter.status ?? 'open' }));
}

/** The commitments made in a session the caller has already been given access to. */
export async function commitmentsOfSession(scope: Scope, sessionId: string): Promise<Commitment[]> {
  return withHistory(scope, await repo.listCommitmentsOfSession(scope.tx, sessionId));
}

/** The commitments still open in an engagement the caller has already been given access to: what a new session follows up. */
export function openCommitmentsOf(scope: Scope, engagementId: string): Promise<repo.CommitmentRow[]> {
  return repo.listCommitments(scope.tx, { engagementId, status: 'open' });
}

async function loadCommitment(scope: Scope, commitmentId: string): Promise<Commitment> {
  const row = await repo.findCommitment(scope.tx, commitmentId);
  if (!row) throw new AppError('commitment_not_found', 'No such commitment.');
  const [commitment] = await withHistory(scope, [row]);
  if (!commitment) throw new AppError('commitment_not_found', 'No such commitment.');
  return commitment;
}

async function withHistory(scope: Scope, rows: repo.CommitmentRow[]): Promise<Commitment[]> {
  const actor = requireActor(scope);
  const today = calendarDateIn(actor.timeZone, scope.now);
  const events = await repo.listEvents(scope.tx, rows.map((row) => row.id));
  const historyOf = new Map<string, CommitmentEvent[]>();
  for (const { commitmentId, ...event } of events) historyOf.set(commitmentId, [...(historyOf.get(commitmentId) ?? []), event]);
  return rows.map((row) => ({ ...row, overdue: isCommitmentOverdue(row, today), history: historyOf.get(row.id) ?? [] }));
}

/** What an access check returns, or nothing when it refuses (404 or 403); anything unexpected still fails the request. */
async function unlessRefused<T>(check: Promise<T>): Promise<T | undefined> {
  try {
    return await check;
  } catch (error) {
    if (error instanceof AppError) return undefined;
    throw error;
  }
}
