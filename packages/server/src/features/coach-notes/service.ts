import { requireActor, type Scope } from '../../context.ts';
import { AppError, invalidField } from '../../errors.ts';
import { getEngagementParties } from '../engagements/service.ts';
import { accessSession } from '../sessions/access.ts';
import { canKeepCoachNotes } from './policy.ts';
import * as repo from './repo.ts';

export type CoachNote = repo.CoachNoteRow;

// The refusal says nothing about the notes themselves: not whether any exist, nor how many.
const PRIVATE = 'Private notes are read and written only by the coach of this engagement.';

async function accessCoachNotes(scope: Scope, engagementId: string) {
  const { actor, engagement } = await getEngagementParties(scope, engagementId);
  if (!canKeepCoachNotes(actor, engagement)) throw new AppError('forbidden', PRIVATE);
  return { actor, engagement };
}

/** The coach's own private notes on an engagement, or on one of its sessions. */
export async function listCoachNotes(scope: Scope, engagementId: string, filter: { sessionId?: string | undefined }): Promise<CoachNote[]> {
  const { actor, engagement } = await accessCoachNotes(scope, engagementId);
  return repo.listCoachNotes(scope.tx, { engagementId: engagement.id, authorId: actor.userId, sessionId: filter.sessionId ?? null });
}

/** The coach writes a private note on the engagement, or on one of its sessions. */
export async function addCoachNote(scope: Scope, engagementId: string, input: { body: string; sessionId?: string | undefined }): Promise<CoachNote> {
  const { actor, engagement } = await accessCoachNotes(scope, engagementId);
  const sessionId = input.sessionId ?? null;
  if (sessionId) {
    const found = await accessSession(scope, sessionId).catch((error: unknown) => {
      if (error instanceof AppError) return undefined;
      throw error;
    });
    if (!found || found.session.engagementId !== engagement.id) throw invalidField('sessionId', 'Not a session of this engagement.', 'unknown_session');
  }
  return repo.insertCoachNote(scope.tx, {
    practiceId: engagement.practiceId,
    engagementId: engagement.id,
    sessionId,
    authorId: actor.userId,
    body: input.body.trim(),
    at: scope.now,
  });
}

/**
 * A note its author may change: theirs, in their practice, on an engagement they still coach.
 * Anyone else gets the same 404 as for a note that never existed: not a 403 that would confirm
 * there is one.
 */
async function accessOwnNote(scope: Scope, noteId: string): Promise<CoachNote> {
  const actor = requireActor(scope);
  const found = await repo.findCoachNote(scope.tx, noteId);
  if (!found || found.authorId !== actor.userId || !canKeepCoachNotes(actor, found)) {
    throw new AppError('coach_note_not_found', 'No such private note.');
  }
  const { practiceId: _practice, coachId: _coach, clientId: _client, ...note } = found;
  return note;
}

/** The coach rewords one of their private notes; when it was edited is kept. */
export async function editCoachNote(scope: Scope, noteId: string, input: { body: string }): Promise<CoachNote> {
  const note = await accessOwnNote(scope, noteId);
  const body = input.body.trim();
  if (body === note.body) return note;
  await repo.updateCoachNoteBody(scope.tx, note.id, body, scope.now);
  return { ...note, body, updatedAt: scope.now };
}

/** The coach removes one of their private notes. */
export async function removeCoachNote(scope: Scope, noteId: string): Promise<void> {
  const note = await accessOwnNote(scope, noteId);
  await repo.deleteCoachNote(scope.tx, note.id);
}
