import type { Scope } from '../../context.ts';
import { requireActor } from '../../context.ts';
import { AppError, invalidField } from '../../errors.ts';
import { insertAuditEvent, listPracticeEvents, type AuditEvent, type AuditEventRow } from './repo.ts';

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

/** The practice's audit log, newest first, a page at a time: for the practice's owner only. */
export async function listAuditEvents(scope: Scope, input: { limit: number; before?: string | undefined }): Promise<AuditPage> {
  const actor = requireActor(scope);
  if (actor.role !== 'owner') throw new AppError('forbidden', "Only the practice's owner reads its audit log.");
  const before = input.before === undefined ? undefined : readCursor(input.before);
  const rows = await listPracticeEvents(scope.tx, actor.practiceId, { limit: input.limit + 1, before });
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > input.limit && last ? writeCursor(last) : null };
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
