import { addCalendarDays, AUDIT_ACTIONS_BY_CATEGORY, instantFromLocal, type AuditCategory } from '@tandem/core';
import type { Scope } from '../../context.ts';
import { requireActor } from '../../context.ts';
import { AppError, invalidField } from '../../errors.ts';
import { insertAuditEvent, listPracticeActors, listPracticeEvents, type AuditActorRow, type AuditEvent, type AuditEventRow } from './repo.ts';

export type { AuditEvent, AuditEventRow };

/**
 * Who did what to which row, and when. Call it with an action name (the known ones are listed in
 * core's AUDIT_ACTIONS and decision 012), the subject, and details without anything private
 * (ids, counts, never a journal's or a note's words):
 *
 *   await recordAuditEvent(scope, { actorId, practiceId, action: 'goal_exported', subjectType: 'goal', subjectId });
 */
export function recordAuditEvent(scope: Scope, event: AuditEvent): Promise<void> {
  return insertAuditEvent(scope.tx, event, scope.now);
}

export type AuditPage = { items: AuditEventRow[]; nextCursor: string | null };
export type AuditActor = AuditActorRow;

/** What the owner narrows the log to: a kind of event, who did it, and days of their calendar. */
export type AuditQuery = {
  limit: number;
  before?: string | undefined;
  category?: AuditCategory | undefined;
  actorId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

/**
 * The practice's audit log, newest first, a page at a time, narrowed to a kind of event, a person
 * and a period of days (`from` and `to` included, as the owner's calendar has them): for the
 * practice's owner only. The cursor marks where a page ended, whatever the filter: the next page
 * is asked for with the same filter and `before`.
 */
export async function listAuditEvents(scope: Scope, input: AuditQuery): Promise<AuditPage> {
  const actor = requireOwner(scope);
  const period = readPeriod(input, actor.timeZone);
  const before = input.before === undefined ? undefined : readCursor(input.before);
  const filter = { ...period, actions: input.category ? AUDIT_ACTIONS_BY_CATEGORY[input.category] : undefined, actorId: input.actorId };
  const rows = await listPracticeEvents(scope.tx, actor.practiceId, { limit: input.limit + 1, before }, filter);
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > input.limit && last ? writeCursor(last) : null };
}

/** The people who did something in the practice's log, to narrow it to one of them: for the owner only. */
export async function listAuditActors(scope: Scope): Promise<AuditActor[]> {
  const actor = requireOwner(scope);
  return listPracticeActors(scope.tx, actor.practiceId);
}

function requireOwner(scope: Scope) {
  const actor = requireActor(scope);
  if (actor.role !== 'owner') throw new AppError('forbidden', "Only the practice's owner reads its audit log.");
  return actor;
}

/**
 * The instants a period of calendar days covers in the owner's time zone: from the first moment
 * of `from` to the first moment of the day after `to` (a day is 23 or 25 hours when the clocks change).
 */
function readPeriod(days: { from?: string | undefined; to?: string | undefined }, timeZone: string): { since?: Date; until?: Date } {
  if (days.from !== undefined && days.to !== undefined && days.to < days.from) {
    throw invalidField('to', `The period ends before it starts (${days.from}).`, 'from_after_to');
  }
  const startOf = (day: string) => instantFromLocal(`${day}T00:00`, timeZone);
  return {
    ...(days.from === undefined ? {} : { since: startOf(days.from) }),
    ...(days.to === undefined ? {} : { until: startOf(addCalendarDays(days.to, 1)) }),
  };
}

/** A page ends at an event; the next one starts strictly before it (same instant: smaller id). */
function writeCursor(event: { at: Date; id: string }): string {
  return Buffer.from(`${event.at.toISOString()}|${event.id}`).toString('base64url');
}

function readCursor(cursor: string): { at: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const instant = new Date(at ?? '');
  if (!at || !id || Number.isNaN(instant.getTime()) || !/^[0-9a-f-]{36}$/i.test(id)) {
    throw invalidField('before', 'Use the nextCursor of the previous page.', 'invalid_cursor');
  }
  return { at: instant, id };
}
