import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Locale } from '@tandem/core';
import { requireActor, setDatabaseContext, type Scope } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { recordAuditEvent } from '../audit/service.ts';
import { hashSecretToken, newSecretToken } from '../accounts/credentials.ts';
import * as repo from './repo.ts';

/** How far back a feed reaches: the last half year of sessions, and everything planned. */
const FEED_HISTORY_DAYS = 183;

const SUMMARY: Record<Locale, { withClient: (name: string) => string; withCoach: (name: string) => string; cancelled: string }> = {
  en: { withClient: (name) => `Coaching session with ${name}`, withCoach: (name) => `Coaching session with ${name}`, cancelled: 'Cancelled: ' },
  lv: { withClient: (name) => `Koučinga sesija ar ${name}`, withCoach: (name) => `Koučinga sesija ar ${name}`, cancelled: 'Atcelta: ' },
};

const STATUS: Record<repo.FeedSession['status'], ICalEventStatus> = {
  planned: ICalEventStatus.CONFIRMED,
  held: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
};

export type FeedStatus = { active: boolean; createdAt: Date | null };

export async function feedStatus(scope: Scope): Promise<FeedStatus> {
  const actor = requireActor(scope);
  const live = await repo.findLiveFeed(scope.tx, actor.userId);
  return { active: live !== undefined, createdAt: live?.createdAt ?? null };
}

/**
 * Gives the person a new private calendar address, retiring the one they had: the address is
 * shown once (only its hash is kept), so a lost or leaked one is replaced, not recovered.
 */
export async function openFeed(scope: Scope): Promise<{ url: string; createdAt: Date }> {
  const actor = requireActor(scope);
  await repo.revokeFeeds(scope.tx, actor.userId, scope.now);
  const token = newSecretToken();
  await repo.insertFeed(scope.tx, { userId: actor.userId, practiceId: actor.practiceId, tokenHash: hashSecretToken(token), at: scope.now });
  await recordAuditEvent(scope, { actorId: actor.userId, practiceId: actor.practiceId, action: 'calendar_feed_opened', subjectType: 'user', subjectId: actor.userId });
  return { url: `${scope.publicUrl}/api/v1/calendar/${token}.ics`, createdAt: scope.now };
}

/** Retires the person's calendar address: calendar apps asking with it get 404 from now on. */
export async function revokeFeed(scope: Scope): Promise<void> {
  const actor = requireActor(scope);
  if ((await repo.revokeFeeds(scope.tx, actor.userId, scope.now)) > 0) {
    await recordAuditEvent(scope, { actorId: actor.userId, practiceId: actor.practiceId, action: 'calendar_feed_revoked', subjectType: 'user', subjectId: actor.userId });
  }
}

/**
 * The iCalendar text of a feed: the owner's sessions (row-level security, told who the owner is,
 * shows only theirs), each named after the other person, in the owner's language. Times are UTC
 * instants; calendar apps show them on the reader's own clock. Nothing of what was said (agenda,
 * notes, commitments) leaves through the feed.
 */
export async function renderFeed(scope: Scope, token: string): Promise<string> {
  const owner = await repo.resolveFeed(scope.tx, hashSecretToken(token));
  if (!owner) throw new AppError('not_found', 'No such calendar.');
  await setDatabaseContext(scope.tx, { userId: owner.userId, practiceId: owner.practiceId, role: owner.role });
  const since = new Date(scope.now.getTime() - FEED_HISTORY_DAYS * 86_400_000);
  const sessions = await repo.listSessionsSince(scope.tx, since);
  const words = SUMMARY[owner.locale];
  const calendar = ical({ name: 'Tandem', prodId: { company: 'Tandem', product: 'coaching-sessions', language: owner.locale.toUpperCase() }, method: ICalCalendarMethod.PUBLISH });
  for (const session of sessions) {
    const other = session.coachId === owner.userId ? words.withClient(session.clientName ?? '') : words.withCoach(session.coachName);
    calendar.createEvent({
      id: `${session.id}@tandem`,
      start: new Date(session.scheduledAt),
      end: new Date(new Date(session.scheduledAt).getTime() + session.durationMinutes * 60_000),
      summary: session.status === 'cancelled' ? `${words.cancelled}${other}` : other,
      status: STATUS[session.status],
      sequence: session.version,
      stamp: new Date(session.updatedAt),
      url: `${scope.publicUrl}/sessions/${session.id}`,
    });
  }
  return calendar.toString();
}
