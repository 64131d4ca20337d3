import { ENGAGEMENT_STATUSES, PAGE_MAX } from '@tandem/core';
import { z } from 'zod';
import { CalendarDate, optionalBody, Timestamp, Uuid } from '../../http/schemas.ts';
import { SendInvitationEmail } from '../invitations/schemas.ts';
import { EmailStatusSchema, presentEmailStatus } from '../outbox/schemas.ts';
import type { Engagement as EngagementRow, InvitedEngagement as InvitedEngagementRow, ListedEngagement as ListedEngagementRow } from './service.ts';

export const InviteClientBody = z.object({
  clientName: z.string().trim().min(1, 'Required').max(200),
  clientEmail: z.email().max(254),
  sendEmail: SendInvitationEmail,
});

export const ReinviteClientBody = optionalBody(z.object({ sendEmail: SendInvitationEmail }));

export const Engagement = z.object({
  id: Uuid,
  status: z.enum(ENGAGEMENT_STATUSES),
  startedOn: CalendarDate.nullable(),
  createdAt: Timestamp,
  coach: z.object({ id: Uuid, name: z.string(), timeZone: z.string().describe("The coach's IANA time zone, from their profile") }),
  client: z.object({
    id: Uuid.nullable().describe('null until the client accepts the invitation'),
    name: z.string(),
    email: z.string(),
    timeZone: z.string().nullable().describe("The client's IANA time zone, from their profile; null until they join"),
  }),
  invitationExpiresAt: Timestamp.nullable().describe('When the open invitation expires; null once the client has joined'),
});
export type Engagement = z.infer<typeof Engagement>;

export const ListedEngagement = Engagement.extend({
  invitationEmail: EmailStatusSchema.nullable().describe(
    "The email of the client's latest invitation link; null once they joined, or when that link was not emailed",
  ),
});

export const EngagementList = z.object({
  items: z.array(ListedEngagement).describe('The ended last, then by the client\'s name'),
  total: z.number().int().describe('How many engagements pass the filter, on every page: more than `items` holds when there are further pages'),
});

export const EngagementListQuery = z.object({
  coachId: Uuid.optional().describe("Only this coach's engagements"),
  status: z.enum(ENGAGEMENT_STATUSES).optional(),
  q: z.string().max(200).optional().describe("Part of the client's name or email, in any case, with or without diacritics (berzina finds Bērziņa); blank finds all"),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(PAGE_MAX)
    .default(PAGE_MAX)
    .describe('A page of this many, the first 100 when left out; `total` says how many there are in all'),
  offset: z.coerce.number().int().min(0).max(1_000_000).optional().describe('How many to pass over before the page'),
});

export const HandOverBody = z.object({ coachId: Uuid.describe('The coach of the practice who takes the engagement over') });

export const InvitedEngagement = Engagement.extend({
  inviteUrl: z.url().describe('The single-use link for the client; it ends in the invitation token'),
  invitationEmail: EmailStatusSchema.nullable().describe('The email of this link to the client; null when `sendEmail` was not asked'),
});

export function presentEngagement(row: EngagementRow): Engagement {
  return {
    id: row.id,
    status: row.status,
    startedOn: row.startedOn,
    createdAt: row.createdAt.toISOString(),
    coach: { id: row.coachId, name: row.coachName, timeZone: row.coachTimeZone },
    client: { id: row.clientId, name: row.clientName, email: row.clientEmail, timeZone: row.clientTimeZone },
    invitationExpiresAt: row.invitationExpiresAt?.toISOString() ?? null,
  };
}

export function presentListedEngagement(row: ListedEngagementRow): z.infer<typeof ListedEngagement> {
  return { ...presentEngagement(row), invitationEmail: presentEmailStatus(row.invitationEmail) };
}

export function presentInvitedEngagement(invited: InvitedEngagementRow): z.infer<typeof InvitedEngagement> {
  return { ...presentEngagement(invited.engagement), inviteUrl: invited.inviteUrl, invitationEmail: presentEmailStatus(invited.invitationEmail) };
}
