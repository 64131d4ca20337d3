import {
  CARRY_LABELS,
  calendarDateIn,
  canChangeSessionStatus,
  describeCarriedItem,
  formatCalendarDayInFull,
  formatInstantInFull,
  localTimeIn,
  readDateTime,
  sessionCancelledEmail,
  type LocalTime,
  type SessionStatus,
} from '@tandem/core';
import { requireActor, type Actor, type Scope } from '../../context.ts';
import { AppError, invalidField, type FieldError } from '../../errors.ts';
import { commitmentsOfSession, type Commitment } from '../commitments/service.ts';
import { tellPerson } from '../outbox/service.ts';
import { requireGoalsOfEngagement } from '../goals/links.ts';
import { accessEngagementSessions, accessSession, type Session } from './access.ts';
import { carriedOverItems } from './carry-over.ts';
import * as repo from './repo.ts';

/** A session as its reader sees it: its time on the client's clock and on the reader's. */
export type SessionView = Session & { endsAt: Date; clientTime: LocalTime; readerTime: LocalTime };
export type AgendaItem = Omit<repo.AgendaItemRow, 'carriedDetail'> & { carriedLabel: string | null };
export type SessionDetail = SessionView & { agenda: AgendaItem[]; commitments: Commitment[] };

export type NewSession = {
  scheduledAt: string;
  durationMinutes: number;
  goalIds?: string[] | undefined;
  /** `held` records a session that has taken place (the coach writing it up afterwards). */
  status?: 'planned' | 'held' | undefined;
};
export type SessionChanges = {
  status?: SessionStatus | undefined;
  sharedNotes?: string | undefined;
  version?: number | undefined;
  scheduledAt?: string | undefined;
  durationMinutes?: number | undefined;
  goalIds?: string[] | undefined;
};

export async function listSessions(scope: Scope, engagementId: string): Promise<SessionView[]> {
  const { actor, engagement } = await accessEngagementSessions(scope, engagementId);
  return (await repo.listSessions(scope.tx, engagement.id)).map((session) => viewSession(session, actor));
}

/**
 * Either side schedules a session. Its agenda starts with what to follow up from before: open
 * commitments, goals at risk and reviews due, each marked as carried over.
 *
 * A session that has already begun can instead be recorded as held, for a meeting written up
 * afterwards. It starts with an empty agenda: carrying over prepares a session ahead, and what is
 * still open is followed up at the next planned one.
 */
export async function scheduleSession(scope: Scope, engagementId: string, input: NewSession): Promise<SessionDetail> {
  const { actor, engagement } = await accessEngagementSessions(scope, engagementId);
  const goalIds = [...new Set(input.goalIds ?? [])];
  await requireGoalsOfEngagement(scope, engagement.id, goalIds, 'goalIds');
  // A wall-clock time without an offset is the client's: the session is at 09:00 where they live.
  const clientTimeZone = await clientTimeZoneOf(scope, engagement.id, actor);
  const scheduledAt = readScheduledAt(input.scheduledAt, clientTimeZone);
  const status = input.status ?? 'planned';
  if (status === 'held' && scheduledAt.getTime() > scope.now.getTime()) {
    throw invalidField('status', 'A session is recorded as held once it has begun: this one starts later.', 'session_not_begun');
  }
  const sessionId = await repo.insertSession(scope.tx, {
    practiceId: engagement.practiceId,
    engagementId: engagement.id,
    scheduledAt,
    durationMinutes: input.durationMinutes,
    goalIds,
    status,
    createdBy: actor.userId,
    at: scope.now,
  });
  if (status === 'held') return getSession(scope, sessionId);
  const carried = await carriedOverItems(scope, { engagementId: engagement.id, scheduledAt, clientTimeZone });
  await repo.appendAgendaItems(scope.tx, { practiceId: engagement.practiceId, engagementId: engagement.id, sessionId }, carried, {
    userId: actor.userId,
    at: scope.now,
  });
  return getSession(scope, sessionId);
}

export async function getSession(scope: Scope, sessionId: string): Promise<SessionDetail> {
  const { actor, session } = await accessSession(scope, sessionId);
  return detailOf(scope, actor, session);
}

/**
 * Changes a session: its status, its shared notes (who changed them last and when is kept),
 * its time or its goals. A change based on an older `version` is refused with 409 instead of
 * overwriting what the other side wrote meanwhile.
 */
export async function changeSession(scope: Scope, sessionId: string, changes: SessionChanges): Promise<SessionDetail & { toldByEmail: boolean }> {
  const { actor, side, session, parties } = await accessSession(scope, sessionId, { forUpdate: true });
  if (changes.version !== undefined && changes.version !== session.version) {
    throw new AppError('stale_version', 'Someone changed this session since you loaded it. Reload it and try again.', {
      extensions: { currentVersion: session.version },
    });
  }
  if (changes.status && !canChangeSessionStatus(session.status, changes.status)) {
    throw new AppError('invalid_transition', `The session is ${session.status}: it cannot become ${changes.status}.`, {
      extensions: { currentState: session.status },
    });
  }
  refuseChangesWhileCancelled(session, actor, changes);
  const goalIds = changes.goalIds && [...new Set(changes.goalIds)];
  if (goalIds) await requireGoalsOfEngagement(scope, session.engagementId, goalIds, 'goalIds');
  const scheduledAt = changes.scheduledAt === undefined ? undefined : readScheduledAt(changes.scheduledAt, session.clientTimeZone);
  const notesChanged = changes.sharedNotes !== undefined && changes.sharedNotes !== session.sharedNotes;
  await repo.updateSession(
    scope.tx,
    session.id,
    {
      status: changes.status && changes.status !== session.status ? { to: changes.status, by: actor.userId } : undefined,
      scheduledAt,
      durationMinutes: changes.durationMinutes,
      goalIds,
      notes: notesChanged && changes.sharedNotes !== undefined ? { text: changes.sharedNotes, by: actor.userId } : undefined,
    },
    scope.now,
  );
  const changed = await getSession(scope, session.id);
  const toldByEmail =
    changes.status === 'cancelled' && session.status !== 'cancelled' && (await emailCancelling(scope, changed, side === 'coach' ? parties.clientId : parties.coachId));
  return { ...changed, toldByEmail };
}

/**
 * A cancelled session did not take place. Only the one who cancelled it puts it back: the other
 * side was told it is off, and a session coming back behind the canceller's back would leave them
 * thinking so. Until it is put back (in the same request or before), its notes, time, length and
 * goals stay as they were; the other side plans a new session instead.
 */
function refuseChangesWhileCancelled(session: Session, actor: Actor, changes: SessionChanges): void {
  if (session.status !== 'cancelled') return;
  const puttingBack = changes.status !== undefined && changes.status !== 'cancelled';
  if (puttingBack && session.cancelledById && session.cancelledById !== actor.userId) {
    throw new AppError('invalid_transition', `${session.cancelledByName ?? 'The other side'} cancelled this session: only they can put it back. Plan a new session instead.`, {
      extensions: { currentState: session.status },
    });
  }
  const fields = (['sharedNotes', 'scheduledAt', 'durationMinutes', 'goalIds'] as const).filter((field) => changes[field] !== undefined);
  if (puttingBack || fields.length === 0) return;
  throw new AppError('invalid_transition', 'The session is cancelled: its notes, time and goals stay as they were unless it is put back.', {
    errors: fields.map((path) => ({ path, message: 'That session was cancelled.', code: 'cancelled_session' })),
    extensions: { currentState: session.status },
  });
}

/**
 * Emails the other side that the session was cancelled, in their language and on their clock,
 * once the cancelling commits (the outbox). A client who has not joined yet has no address.
 */
async function emailCancelling(scope: Scope, session: Session, otherSide: string | null): Promise<boolean> {
  return tellPerson(scope, { practiceId: session.practiceId, engagementId: session.engagementId }, { type: 'session_cancelled', id: session.id }, otherSide, (person) =>
    sessionCancelledEmail(person.locale, {
      recipientName: person.name,
      cancelledByName: session.cancelledByName ?? '',
      day: formatCalendarDayInFull(calendarDateIn(person.timeZone, session.scheduledAt), person.locale),
      when: formatInstantInFull(session.scheduledAt, person.timeZone, person.locale),
      link: `${scope.publicUrl}/sessions/${session.id}`,
    }),
  );
}

/** Either side adds an item at the end of the agenda. */
export async function addAgendaItem(scope: Scope, sessionId: string, input: { text: string; goalId?: string | undefined }): Promise<AgendaItem> {
  const { actor, session } = await accessSession(scope, sessionId, { forUpdate: true });
  if (input.goalId) await requireGoalsOfEngagement(scope, session.engagementId, [input.goalId], 'goalId');
  const [id] = await repo.appendAgendaItems(
    scope.tx,
    { practiceId: session.practiceId, engagementId: session.engagementId, sessionId: session.id },
    [{ text: input.text.trim(), goalId: input.goalId ?? null, carriedFrom: null }],
    { userId: actor.userId, at: scope.now },
  );
  const item = (await repo.listAgendaItems(scope.tx, session.id)).find((candidate) => candidate.id === id);
  if (!item) throw new Error(`agenda item ${id} vanished inside its own transaction`);
  return viewAgendaItem(item, actor);
}

/**
 * Puts the agenda in a new order: `itemIds` names every item of the agenda once. An id that is
 * not the session's is a bad request; an agenda that gained an item since it was loaded is a
 * conflict (reload, then order again).
 */
export async function reorderAgenda(scope: Scope, sessionId: string, itemIds: readonly string[]): Promise<AgendaItem[]> {
  const { actor, session } = await accessSession(scope, sessionId, { forUpdate: true });
  const current = await repo.listAgendaItems(scope.tx, session.id);
  const known = new Set(current.map((item) => item.id));
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  itemIds.forEach((id, index) => {
    if (!known.has(id)) errors.push({ path: `itemIds.${index}`, message: 'Not an item of this agenda.', code: 'unknown_item' });
    else if (seen.has(id)) errors.push({ path: `itemIds.${index}`, message: 'Each item once.', code: 'duplicate_item' });
    seen.add(id);
  });
  if (errors.length > 0) throw new AppError('validation_failed', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });
  if (seen.size !== known.size) {
    throw new AppError('conflict', 'The agenda has items you did not name: it changed since you loaded it. Reload it and try again.', {
      errors: [{ path: 'itemIds', message: 'Name every item of the agenda.', code: 'agenda_changed' }],
    });
  }
  await repo.reorderAgendaItems(scope.tx, session.id, itemIds);
  return (await repo.listAgendaItems(scope.tx, session.id)).map((item) => viewAgendaItem(item, actor));
}

/**
 * Either side rewords an item of a planned session's agenda. A carried-over item keeps its words
 * (they are put into each reader's language from what it follows up): remove it instead.
 */
export async function editAgendaItem(scope: Scope, itemId: string, input: { text: string }): Promise<AgendaItem> {
  const { actor, item } = await accessAgendaItem(scope, itemId);
  if (item.carriedFromKind) throw invalidField('text', 'A carried-over item keeps its words; remove it instead.', 'carried_over_item');
  const text = input.text.trim();
  if (text === item.text) return viewAgendaItem(item, actor);
  await repo.updateAgendaItemText(scope.tx, item.id, text, scope.now);
  return viewAgendaItem({ ...item, text, updatedAt: scope.now }, actor);
}

/** Either side removes an item from a planned session's agenda; the others close up behind it. */
export async function removeAgendaItem(scope: Scope, itemId: string): Promise<void> {
  const { item } = await accessAgendaItem(scope, itemId);
  await repo.deleteAgendaItem(scope.tx, item.sessionId, item.id);
}

/**
 * An agenda item the actor may change, with its session locked (agenda changes happen one after
 * another): an item they cannot see is 404; one of a session that is no longer planned is 409.
 */
async function accessAgendaItem(scope: Scope, itemId: string): Promise<{ actor: Actor; item: repo.AgendaItemRow }> {
  requireActor(scope);
  const notFound = () => new AppError('agenda_item_not_found', 'No such agenda item.');
  const sessionId = await repo.findAgendaItemSession(scope.tx, itemId);
  if (!sessionId) throw notFound();
  const { actor, session } = await accessSession(scope, sessionId, { forUpdate: true }).catch((error: unknown) => {
    throw error instanceof AppError && error.code === 'session_not_found' ? notFound() : error;
  });
  const item = (await repo.listAgendaItems(scope.tx, session.id)).find((candidate) => candidate.id === itemId);
  if (!item) throw notFound();
  if (session.status !== 'planned') {
    throw new AppError('invalid_transition', `The session is ${session.status}: its agenda is changed only while it is planned.`, {
      extensions: { currentState: session.status },
    });
  }
  return { actor, item };
}

async function detailOf(scope: Scope, actor: Actor, session: Session): Promise<SessionDetail> {
  const agenda = await repo.listAgendaItems(scope.tx, session.id);
  const commitments = await commitmentsOfSession(scope, session.id);
  return { ...viewSession(session, actor), agenda: agenda.map((item) => viewAgendaItem(item, actor)), commitments };
}

function viewSession(session: Session, reader: Actor): SessionView {
  return {
    ...session,
    endsAt: new Date(session.scheduledAt.getTime() + session.durationMinutes * 60_000),
    clientTime: localTimeIn(session.scheduledAt, session.clientTimeZone),
    readerTime: localTimeIn(session.scheduledAt, reader.timeZone),
  };
}

/**
 * A carried-over item speaks the reader's language, a goal at risk as it stood on the day it was
 * carried (on the reader's calendar); an item someone typed keeps their words.
 */
function viewAgendaItem(row: repo.AgendaItemRow, reader: Actor): AgendaItem {
  const { carriedDetail, ...item } = row;
  if (!carriedDetail || !item.carriedFromKind) return { ...item, carriedLabel: null };
  return {
    ...item,
    text: describeCarriedItem(carriedDetail, item.text, reader.locale, calendarDateIn(reader.timeZone, new Date(item.createdAt))),
    carriedLabel: CARRY_LABELS[item.carriedFromKind][reader.locale],
  };
}

function readScheduledAt(value: string, clientTimeZone: string): Date {
  const instant = readDateTime(value, clientTimeZone);
  if (!instant) throw invalidField('scheduledAt', 'Not a real date and time.', 'invalid_date_time');
  return instant;
}

async function clientTimeZoneOf(scope: Scope, engagementId: string, reader: Actor): Promise<string> {
  return (await repo.findClientTimeZone(scope.tx, engagementId)) ?? reader.timeZone;
}
