import type { InvitationEmail } from './types';

/** What became of an email Tandem sends for someone (an invitation, a question to a stakeholder): the same shape for both. */
export type EmailStatus = InvitationEmail;

/**
 * Whether an email is about to go: queued, and tried once at most (it is being sent, or the first
 * try failed a moment ago). A list asks again every few seconds while one of its emails is, so
 * that "emailed" follows by itself; an email the mail server keeps turning away waits for its
 * later tries without the page asking on and on.
 */
export function isBeingEmailed(email: EmailStatus | null | undefined): boolean {
  return email?.status === 'queued' && email.attempts <= 1;
}

/** How often a list asks again while one of its emails is being sent. */
export const EMAIL_REFRESH_MS = 3000;

/**
 * The latest word on an email just asked for: what the answer said, until a list read again since
 * says more. A list read before the answer came (one with the email of an earlier link, say) is
 * older than the answer and does not count.
 */
export function latestEmail(answered: EmailStatus | null | undefined, listed: EmailStatus | null | undefined): EmailStatus | null | undefined {
  if (!answered || !listed) return answered;
  return Date.parse(listed.at) >= Date.parse(answered.at) ? listed : answered;
}
