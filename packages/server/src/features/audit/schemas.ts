import { z } from 'zod';
import { Timestamp, Uuid } from '../../http/schemas.ts';
import type { AuditEventRow } from './service.ts';

export const AuditEventsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.string().min(1).max(200).optional().describe('The nextCursor of the previous page'),
});

export const AuditEvent = z.object({
  id: Uuid,
  at: Timestamp,
  action: z.string().describe('What happened, e.g. signed_in, sign_in_failed, goal_agreed, journal_entry_shared'),
  actor: z.object({ id: Uuid, name: z.string(), email: z.string() }).nullable().describe('Who did it (whose account, for a failed sign-in)'),
  subjectType: z.string(),
  subjectId: Uuid.nullable(),
  subjectName: z
    .string()
    .nullable()
    .describe("Whom or what it is about: an account's holder, the practice, the person invited, or the client of an engagement, goal or journal entry"),
  details: z.record(z.string(), z.unknown()),
});

export const AuditEventPage = z.object({
  items: z.array(AuditEvent),
  nextCursor: z.string().nullable().describe('Pass as `before` for the next (older) page; null on the last page'),
});

export function presentAuditEvent(row: AuditEventRow): z.infer<typeof AuditEvent> {
  return {
    id: row.id,
    at: row.at.toISOString(),
    action: row.action,
    actor: row.actorId && row.actorName !== null && row.actorEmail !== null ? { id: row.actorId, name: row.actorName, email: row.actorEmail } : null,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    subjectName: row.subjectName,
    details: row.details,
  };
}
