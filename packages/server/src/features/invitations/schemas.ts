import { z } from 'zod';
import { Timestamp, Uuid } from '../../http/schemas.ts';
import { Locale, Me, TimeZone } from '../accounts/schemas.ts';

export const TokenParams = z.object({ token: z.string().min(16).max(128).regex(/^[A-Za-z0-9_-]+$/, 'Not an invitation token') });

export const InvitationPreview = z.object({
  practiceName: z.string(),
  coachName: z.string(),
  clientName: z.string(),
  clientEmail: z.string(),
  expiresAt: Timestamp,
  status: z.enum(['open', 'used', 'expired']),
});

export const AcceptInvitationBody = z.object({
  name: z.string().trim().min(1, 'Required').max(200),
  password: z.string().min(10, 'Use at least 10 characters').max(200),
  locale: Locale.optional(),
  timeZone: TimeZone.optional(),
});

export const AcceptedInvitation = Me.extend({ engagementId: Uuid });
