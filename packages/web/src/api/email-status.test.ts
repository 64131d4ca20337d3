import { describe, expect, it } from 'vitest';
import { isBeingEmailed, latestEmail, type EmailStatus } from './email-status';

const queued: EmailStatus = { status: 'queued', at: '2026-12-07T10:00:00.000Z', attempts: 0 };
const sent: EmailStatus = { status: 'sent', at: '2026-12-07T10:00:02.000Z', attempts: 1 };
/** The email of the link before: sent a day earlier. */
const earlierLinkSent: EmailStatus = { status: 'sent', at: '2026-12-06T09:00:00.000Z', attempts: 1 };

describe('latestEmail', () => {
  it('takes the list read again after the answer: being emailed becomes emailed', () => {
    expect(latestEmail(queued, sent)).toBe(sent);
    expect(latestEmail(queued, queued)).toBe(queued);
  });

  it("keeps the answer's word over a list read before it, which carries the email of an earlier link", () => {
    expect(latestEmail(queued, earlierLinkSent)).toBe(queued);
  });

  it('keeps the answer when the list says nothing (the client joined meanwhile), and nothing when none was asked', () => {
    expect(latestEmail(queued, null)).toBe(queued);
    expect(latestEmail(queued, undefined)).toBe(queued);
    expect(latestEmail(null, sent)).toBeNull();
  });
});

describe('isBeingEmailed', () => {
  it('asks again while an email waits for its first or second try, not while the mail server keeps turning it away', () => {
    expect(isBeingEmailed(queued)).toBe(true);
    expect(isBeingEmailed({ ...queued, attempts: 1 })).toBe(true);
    expect(isBeingEmailed({ ...queued, attempts: 2 })).toBe(false);
    expect(isBeingEmailed(sent)).toBe(false);
    expect(isBeingEmailed(null)).toBe(false);
  });
});
