import { AUDIT_CATEGORIES, AUDIT_DAYS } from '@tandem/core';
import { z } from 'zod';
import { CalendarDate, Timestamp, Uuid } from '../../http/schemas.ts';
import type { AuditEventRow } from './service.ts';

/** A day to narrow the log by, within core's AUDIT_DAYS. */
const AuditDay = CalendarDate.refine((day) => day >= AUDIT_DAYS.first && day <= AUDIT_DAYS.last, {
  message: `Use a day from ${AUDIT_DAYS.first} to ${AUDIT_DAYS.last}`,
  // A value that is no day at all is refused once, as that.
  when: (payload) => payload.issues.length === 0,
});

export const AuditEventsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.string().min(1).max(200).optional().describe('The nextCursor of the previous page, sent with the same filters as that page'),
  category: z
    .enum(AUDIT_CATEGORIES)
    .optional()
    .describe('Only events of this kind: sign_ins, account_security (password, two-factor sign-in), people (invitations, coaches, hand-overs), agreements, sharing (journal entries, calendar addresses), exports (and deletion)'),
  actorId: Uuid.optional().describe('Only events done by this person (a user id, as GET /audit-events/actors lists them)'),
  from: AuditDay.optional().describe("Only events on this day or later, a calendar day (YYYY-MM-DD) in the owner's time zone"),
  to: AuditDay.optional().describe("Only events on this day or earlier, a calendar day (YYYY-MM-DD) in the owner's time zone; not before `from`"),
});

export const AuditActor = z.object({ id: Uuid, name: z.string(), email: z.string() });

export const AuditEvent = z.object({
  id: Uuid,
  at: Timestamp,
  action: z.string().describe('What happened, e.g. signed_in, sign_in_failed, goal_agreed, journal_entry_shared'),
  actor: AuditActor.nullable().describe('Who did it (whose account, for a failed sign-in)'),
  subjectType: z.string(),
  subjectId: Uuid.nullable(),
  subjectName: z
    .string()
    .nullable()
    .describe("Whom or what it is about: an account's holder, the practice, the person invited, or the client of an engagement, goal or journal entry"),
  details: z.record(z.string(), z.unknown()),
  handOver: z
    .object({
      from: z.string().nullable().describe('The coach the client was with, by name'),
      to: z.string().nullable().describe('The coach the client went to, by name'),
    })
    .nullable()
    .describe(
      'For a hand-over (engagement_handed_over), the two coaches whose ids `details.from` and `details.to` hold; a name is null for an account the owner may no longer see. Null for any other event',
    ),
});

export const AuditEventPage = z.object({
  items: z.array(AuditEvent),
  nextCursor: z.string().nullable().describe('Pass as `before`, with the same filters, for the next (older) page; null on the last page'),
});

export const AuditActorList = z.object({
  items: z.array(AuditActor).describe("Everyone who did something in the practice's log, by name"),
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
    handOver: row.action === 'engagement_handed_over' ? { from: row.handedOverFrom, to: row.handedOverTo } : null,
  };
}
