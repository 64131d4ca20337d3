import { z } from 'zod';
import { Timestamp } from '../../http/schemas.ts';
import type { EmailStatus } from './service.ts';

export const EmailStatusSchema = z
  .object({
    status: z.enum(['queued', 'sent', 'failed', 'cancelled']),
    at: Timestamp.describe('When it was queued, sent, given up or cancelled'),
    attempts: z.number().int().describe('How many times sending was tried'),
  })
  .describe('The email Tandem sends about this: waiting to go, sent, given up after a day of tries, or cancelled because what it was about was taken back');

export function presentEmailStatus(email: EmailStatus | undefined): z.infer<typeof EmailStatusSchema> | null {
  return email ? { status: email.status, at: email.at.toISOString(), attempts: email.attempts } : null;
}
