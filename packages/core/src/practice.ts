/**
 * Who someone is in a practice. The owner runs the practice and coaches; a coach coaches;
 * a client is coached. A person's role decides what they may do, never what they may see
 * of another practice: that is always nothing.
 */
export const ROLES = ['owner', 'coach', 'client'] as const;
export type Role = (typeof ROLES)[number];

export function isCoachingRole(role: Role): boolean {
  return role === 'owner' || role === 'coach';
}

/**
 * An engagement is one coach working with one client. It is `invited` until the client
 * accepts the invitation, then `active`; it may be `paused` and finally `ended`.
 */
export const ENGAGEMENT_STATUSES = ['invited', 'active', 'paused', 'ended'] as const;
export type EngagementStatus = (typeof ENGAGEMENT_STATUSES)[number];

/**
 * What the client holds dear (a value: "family", "honesty") and what they reach for
 * (an aspiration: "lead a team of my own"). Goals link to them so that each goal is the
 * client's own.
 */
export const VALUE_KINDS = ['value', 'aspiration'] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

/** How long an invitation link stays usable. Long enough for a busy client, short enough to expire. */
export const INVITATION_TTL_DAYS = 14;
/** How long a browser session lasts without signing in again. */
export const SESSION_TTL_DAYS = 30;

/**
 * Repeated failed sign-ins for one email are throttled: after `maxFailures` failures within
 * `windowMinutes` (and since the last success), further attempts are refused until the window passes.
 */
export const SIGN_IN_THROTTLE = { maxFailures: 5, windowMinutes: 15 } as const;

export type AttemptRecord = { at: Date; succeeded: boolean };

/**
 * Decides whether a sign-in attempt may go ahead, given the recent attempts for that email.
 * Returns the moment it may be tried again when throttled.
 */
export function checkSignInThrottle(
  attempts: readonly AttemptRecord[],
  now: Date,
  rule: { maxFailures: number; windowMinutes: number } = SIGN_IN_THROTTLE,
): { allowed: true } | { allowed: false; retryAt: Date } {
  const windowStart = now.getTime() - rule.windowMinutes * 60_000;
  const lastSuccess = Math.max(
    -Infinity,
    ...attempts.filter((a) => a.succeeded).map((a) => a.at.getTime()),
  );
  const failures = attempts
    .filter((a) => !a.succeeded && a.at.getTime() > windowStart && a.at.getTime() > lastSuccess)
    .map((a) => a.at.getTime())
    .sort((a, b) => a - b);
  if (failures.length < rule.maxFailures) return { allowed: true };
  const oldestCounted = failures[failures.length - rule.maxFailures] ?? now.getTime();
  return { allowed: false, retryAt: new Date(oldestCounted + rule.windowMinutes * 60_000) };
}
