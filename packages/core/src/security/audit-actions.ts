/**
 * The actions the audit log records, by name. An owner reads them for their practice; each
 * reader sees the name translated. A feature that records a new one adds it here and to its kind
 * in AUDIT_ACTIONS_BY_CATEGORY below.
 */
export const AUDIT_ACTIONS = [
  'signed_up',
  'signed_in',
  'sign_in_failed',
  'signed_out_everywhere',
  'api_token_issued',
  'password_changed',
  'password_reset_requested',
  'password_reset',
  'two_factor_enabled',
  'two_factor_disabled',
  'recovery_code_used',
  'client_invited',
  'invitation_accepted',
  'coach_invited',
  'coach_invitation_withdrawn',
  'coach_removed',
  'engagement_handed_over',
  'goal_agreed',
  'goal_declined',
  'journal_entry_shared',
  'journal_entry_unshared',
  'calendar_feed_opened',
  'calendar_feed_revoked',
  'export.me',
  'export.engagement',
  'export.practice',
  'export.report',
  'practice.deleted',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * The days the audit log can be narrowed to: each has a first moment and a next day in every
 * time zone, and no event is older than 1970.
 */
export const AUDIT_DAYS = { first: '1970-01-01', last: '9998-12-31' } as const;

/** The kinds of event an owner narrows the audit log to, in the order they are offered. */
export const AUDIT_CATEGORIES = ['sign_ins', 'account_security', 'people', 'agreements', 'sharing', 'exports'] as const;
export type AuditCategory = (typeof AUDIT_CATEGORIES)[number];

/**
 * The actions of each kind; every known action is of exactly one kind. A recovery code is used
 * to sign in, so it is a sign-in; a calendar address lets a calendar app read someone's sessions,
 * so making one is sharing. (`practice.deleted` is in no practice's log, the practice being
 * gone, but it is an export's counterpart and listed with them.)
 */
export const AUDIT_ACTIONS_BY_CATEGORY: { readonly [Category in AuditCategory]: readonly AuditAction[] } = {
  sign_ins: ['signed_up', 'signed_in', 'sign_in_failed', 'recovery_code_used', 'signed_out_everywhere', 'api_token_issued'],
  account_security: ['password_changed', 'password_reset_requested', 'password_reset', 'two_factor_enabled', 'two_factor_disabled'],
  people: ['client_invited', 'invitation_accepted', 'coach_invited', 'coach_invitation_withdrawn', 'coach_removed', 'engagement_handed_over'],
  agreements: ['goal_agreed', 'goal_declined'],
  sharing: ['journal_entry_shared', 'journal_entry_unshared', 'calendar_feed_opened', 'calendar_feed_revoked'],
  exports: ['export.me', 'export.engagement', 'export.practice', 'export.report', 'practice.deleted'],
};
