import type { TFunction } from 'i18next';
import { ApiProblem, type FieldProblem } from '../api/client';
import type en from './en.json';
import type feedbackEn from './feedback.en.json';
import type progressEn from './progress.en.json';
import type securityEn from './security.en.json';
import type sessionsEn from './sessions.en.json';

/** The error texts of the main catalog and of those loaded with the screens that meet their codes. */
type ErrorTexts = typeof en.errors & typeof progressEn.errors & typeof feedbackEn.errors & typeof sessionsEn.errors & typeof securityEn.errors;
type ErrorCodeKey = keyof ErrorTexts['code'];
export type FieldMessageKey = keyof ErrorTexts['field'];

const ERROR_CODE_KEYS: ReadonlySet<string> = new Set<ErrorCodeKey>([
  'validation_failed',
  'malformed_request',
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  'foreign_origin',
  'not_found',
  'engagement_not_found',
  'value_not_found',
  'invitation_not_found',
  'goal_not_found',
  'session_not_found',
  'commitment_not_found',
  'journal_entry_not_found',
  'agenda_item_not_found',
  'coach_note_not_found',
  'obstacle_not_found',
  'unsupported_change',
  'confirmation_mismatch',
  'email_taken',
  'conflict',
  'stale_version',
  'invalid_transition',
  'not_pending_revision',
  'already_agreed',
  'invitation_used',
  'invitation_expired',
  'link_used',
  'link_expired',
  'link_withdrawn',
  'unsupported_media_type',
  'too_many_attempts',
  'second_factor_required',
  'invalid_second_factor',
  'reset_link_not_found',
  'reset_link_used',
  'reset_link_expired',
  'two_factor_enabled',
  'two_factor_not_enabled',
  'two_factor_not_started',
  'internal_error',
  'database_unavailable',
  'payload_too_large',
  'request_timeout',
  'headers_too_large',
  'network_error',
  'unknown',
]);

const FIELD_MESSAGE_KEYS: ReadonlySet<string> = new Set<FieldMessageKey>([
  'too_small',
  'too_big',
  'invalid_characters',
  'malformed',
  'invalid_type',
  'invalid_format',
  'invalid_value',
  'custom',
  'email_taken',
  'invalid',
  'due_before_start',
  'unknown_value',
  'unknown_goal',
  'horizon_not_below_parent',
  'outside_parent_dates',
  'comment_required',
  'answer_required',
  'future_date',
  'values_required',
  'values_not_allowed',
  'unknown_metric',
  'outside_scale',
  'duplicate_metric',
  'text_required',
  'unknown_check_in',
  'already_superseded',
  'kind_mismatch',
  'baseline_equals_target',
  'scale_bounds_required',
  'scale_bounds_inverted',
  'weight_not_positive',
  'idempotency_key_reused',
  'question',
  'invalid_date_time',
  'unknown_session',
  'confirmation_mismatch',
  'same_session',
  'cancelled_session',
  'unknown_item',
  'duplicate_item',
  'agenda_changed',
  'carried_over_item',
  'session_not_begun',
  'in_future',
  'reason_required',
  'nothing_learnt',
  'from_after_to',
  'changes_not_allowed',
  'changes_required',
  'not_a_realignment',
  'not_a_modification',
  'parent_cycle',
  'parent_closed',
  'not_acknowledgeable',
  'wrong_code',
  'wrong_password',
  'same_password',
  'second_factor_required',
  'invalid_cursor',
]);

function isErrorCodeKey(code: string): code is ErrorCodeKey {
  return ERROR_CODE_KEYS.has(code);
}

function isFieldMessageKey(code: string): code is FieldMessageKey {
  return FIELD_MESSAGE_KEYS.has(code);
}

/** The sentence to show for a failed request, in the reader's language, by the problem's code. */
export function problemMessage(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiProblem)) return t('errors.code.unknown');
  if (error.code === 'too_many_attempts' && error.retryAfterSeconds !== undefined) {
    return t('signIn.throttled', { count: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) });
  }
  return isErrorCodeKey(error.code) ? t(`errors.code.${error.code}`) : t('errors.code.unknown');
}

function fieldMessageKey(field: FieldProblem): FieldMessageKey {
  const code = field.code ?? 'invalid';
  const leaf = field.path.split('.').pop() ?? field.path;
  if (/email$/i.test(leaf) && code === 'invalid_format') return 'email';
  if ((leaf === 'password' || leaf === 'newPassword') && code === 'too_small') return 'password';
  if (leaf === 'timeZone') return 'timeZone';
  if (leaf === 'reason' && code === 'too_small') return 'reason';
  if (leaf === 'comment' && code === 'too_small') return 'comment_required';
  if (leaf === 'question' && code === 'too_small') return 'question';
  if (leaf === 'code' && code === 'too_small') return 'code';
  return isFieldMessageKey(code) ? code : 'invalid';
}

/** The message for one bad field: a value off its scale says the scale's ends when the server names them. */
function fieldMessage(t: TFunction, field: FieldProblem): string {
  const key = fieldMessageKey(field);
  if (key === 'outside_scale' && field.min !== undefined && field.max !== undefined) {
    return t('errors.field.outside_scale_between', { min: field.min, max: field.max });
  }
  return t(`errors.field.${key}`);
}

/** A translated message for each bad field the server named, keyed by the field's path. */
export function fieldMessages(t: TFunction, error: unknown): Record<string, string> {
  if (!(error instanceof ApiProblem)) return {};
  const messages: Record<string, string> = {};
  for (const field of error.errors) {
    messages[field.path] ??= fieldMessage(t, field);
  }
  return messages;
}
