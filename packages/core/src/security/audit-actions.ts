/**
 * The actions the audit log records, by name. An owner reads them for their practice; each
 * reader sees the name translated. Other features add theirs here (exports, for instance).
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
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
