import { z } from 'zod';
import { Timestamp, Uuid } from '../../http/schemas.ts';
import { SendInvitationEmail } from '../invitations/schemas.ts';
import { EmailStatusSchema, presentEmailStatus } from '../outbox/schemas.ts';
import type { Coach as CoachRow, CoachInvitation as CoachInvitationRow } from './service.ts';

const Count = z.number().int().min(0);

export const Coach = z.object({
  id: Uuid,
  name: z.string(),
  email: z.string(),
  role: z.enum(['owner', 'coach']),
  joinedAt: Timestamp,
  engagements: z
    .object({ invited: Count, active: Count, paused: Count, ended: Count })
    .describe("How many of the coach's engagements are in each status"),
});

export const CoachList = z.object({ items: z.array(Coach).describe('The owner first, then by name') });

export function presentCoach(row: CoachRow): z.infer<typeof Coach> {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    joinedAt: row.joinedAt.toISOString(),
    engagements: { invited: row.invited, active: row.active, paused: row.paused, ended: row.ended },
  };
}

export const InviteCoachBody = z.object({
  name: z.string().trim().min(1, 'Required').max(200),
  email: z.email().max(254),
  sendEmail: SendInvitationEmail,
});

export const CoachInvitation = z.object({
  id: Uuid,
  name: z.string(),
  email: z.string(),
  invitedBy: z.object({ name: z.string() }),
  createdAt: Timestamp,
  expiresAt: Timestamp,
  invitationEmail: EmailStatusSchema.nullable().describe('The email of the link to the coach; null when it was not emailed'),
});

export const CoachInvitationList = z.object({ items: z.array(CoachInvitation).describe('Open ones only (not used, expired or withdrawn), newest first') });

export const InvitedCoach = CoachInvitation.extend({
  inviteUrl: z.url().describe('The single-use link for the coach; it ends in the invitation token'),
});

export function presentCoachInvitation(row: CoachInvitationRow): z.infer<typeof CoachInvitation> {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    invitedBy: { name: row.invitedByName },
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    invitationEmail: presentEmailStatus(row.invitationEmail),
  };
}
