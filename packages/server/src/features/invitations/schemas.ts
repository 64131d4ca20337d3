import { z } from 'zod';
import { Timestamp, Uuid } from '../../http/schemas.ts';
import { Locale, Me, TimeZone } from '../accounts/schemas.ts';

export const TokenParams = z.object({ token: z.string().min(16).max(128).regex(/^[A-Za-z0-9_-]+$/, 'Not an invitation token') });

export const InvitationPreview = z.object({
  role: z.enum(['client', 'coach']).describe("What the invitation offers: a client's place in an engagement, or a coach's in the practice"),
  practiceName: z.string(),
  coachName: z.string().describe("Who invites: the client's coach, or the owner who invited a coach"),
  clientName: z.string().describe('The invited person\'s name (a coach\'s too)'),
  clientEmail: z.string().describe('The invited person\'s email (a coach\'s too)'),
  expiresAt: Timestamp,
  status: z.enum(['open', 'used', 'expired']),
  replaced: z.boolean().describe('An expired link for which a newer one was made for the same person: the latest email holds the link that works'),
  returning: z
    .boolean()
    .describe('A coach invited back: their account, in no practice since the owner removed them, accepts with its own password (decision 036)'),
});

export const AcceptInvitationBody = z.object({
  name: z.string().trim().min(1, 'Required').max(200).describe("The new account's name (a returning coach's account keeps its own)"),
  password: z.string().min(10, 'Use at least 10 characters').max(200).describe("The new account's password, or a returning coach's own"),
  code: z.string().trim().max(40).optional().describe("A returning coach's code from their authenticator app, or a recovery code, when two-factor sign-in is on"),
  locale: Locale.optional(),
  timeZone: TimeZone.optional(),
});

export const AcceptedInvitation = Me.extend({ engagementId: Uuid.nullable().describe("The client's engagement; null when a coach joined") });

/** Asked when an invitation is made: left out, the inviter sends the link themselves, as before. */
export const SendInvitationEmail = z
  .boolean()
  .default(false)
  .describe("Email the link to the invited person, in the inviter's language; the answer carries the link either way");
