/**
 * The one error type the domain and the services throw. Each code has one meaning, one HTTP
 * status and one problem type (see http/problem.ts); the web app translates codes into words.
 *
 * - validation_failed: the request names a field that is missing or wrong (400)
 * - unauthenticated: nobody is signed in, or the credential is unknown or expired (401)
 * - invalid_credentials: wrong email or password (401)
 * - forbidden: signed in, but this role may not do this (403)
 * - foreign_origin: an unsafe request came from another site's page (403)
 * - not_found / engagement_not_found / value_not_found / invitation_not_found: no such thing,
 *   or not yours to know about (404)
 * - email_taken: an account with this email exists (409)
 * - conflict: the change collides with another one (409)
 * - invitation_used / invitation_expired: the invitation link cannot be used again (410)
 * - link_used / link_expired / link_withdrawn: a stakeholder's feedback link was answered already,
 *   expired, or withdrawn by the one who asked (410)
 * - too_many_attempts: too many failed sign-ins for this email; try again later (429)
 * - goal_not_found: no such goal, or not one of your engagements' (404)
 * - stale_version: someone changed the goal since you loaded it; reload (409)
 * - invalid_transition: the goal's state does not allow this; the problem names the state (409).
 *   Also a feedback request that is no longer open (answered, expired, withdrawn) being withdrawn;
 *   the problem names its status as currentStatus
 * - not_pending_revision: that revision is not the one awaiting agreement (409)
 * - already_agreed: your side has already agreed to this revision (409)
 * - session_not_found / commitment_not_found / journal_entry_not_found / agenda_item_not_found /
 *   coach_note_not_found: no such session, commitment, journal entry, agenda item or private
 *   note, or not one you may see (404). A private note of someone else's is always 404, never
 *   403: the refusal must not confirm that it exists
 * - obstacle_not_found: no such obstacle, or not one of your engagements' (404)
 * - unsupported_change: a well-formed change the product does not do (422); no route refuses with
 *   it since reviews may move a goal under another parent (decision 011), kept for API clients
 * - second_factor_required: the password is right and the account has two-factor sign-in: send
 *   the request again with `code` (401)
 * - invalid_second_factor: the authenticator or recovery code is wrong or already used (401)
 * - reset_link_not_found / reset_link_used / reset_link_expired: a password-reset link nobody was
 *   given, one already used, one past its hour (404, 410, 410)
 * - two_factor_enabled / two_factor_not_enabled / two_factor_not_started: the two-factor setup is
 *   not in the state the request needs (409)
 * - coach_has_engagements: a coach to remove still holds engagements of the practice, ended ones
 *   included; hand them over first (409)
 * - owner_stays: the practice's owner cannot be removed from it (409)
 * - confirmation_mismatch: a destructive request whose confirmation (the practice's name typed
 *   out) does not match; nothing was changed (422)
 * - payload_too_large: the request body is over the server's limit (413)
 * - request_timeout: the request did not finish arriving in time (408)
 * - headers_too_large: the request's headers are over Node's limit of 16 KiB (431)
 * - database_unavailable: the database cannot be reached or is restarting; nothing was changed,
 *   retry after the Retry-After seconds (503)
 */
export const ERROR_CODES = {
  validation_failed: 400,
  malformed_request: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  foreign_origin: 403,
  not_found: 404,
  engagement_not_found: 404,
  value_not_found: 404,
  goal_not_found: 404,
  invitation_not_found: 404,
  session_not_found: 404,
  commitment_not_found: 404,
  journal_entry_not_found: 404,
  agenda_item_not_found: 404,
  coach_note_not_found: 404,
  obstacle_not_found: 404,
  email_taken: 409,
  conflict: 409,
  stale_version: 409,
  invalid_transition: 409,
  not_pending_revision: 409,
  already_agreed: 409,
  coach_has_engagements: 409,
  owner_stays: 409,
  invitation_used: 410,
  invitation_expired: 410,
  link_used: 410,
  link_expired: 410,
  link_withdrawn: 410,
  unsupported_media_type: 415,
  unsupported_change: 422,
  confirmation_mismatch: 422,
  payload_too_large: 413,
  request_timeout: 408,
  headers_too_large: 431,
  too_many_attempts: 429,
  second_factor_required: 401,
  invalid_second_factor: 401,
  reset_link_not_found: 404,
  reset_link_used: 410,
  reset_link_expired: 410,
  two_factor_enabled: 409,
  two_factor_not_enabled: 409,
  two_factor_not_started: 409,
  internal_error: 500,
  database_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * One bad field: its path, a message for API users (English), and a stable `code` the web app and
 * the CLI translate. A value outside a range (`outside_scale`) also names the range's ends, `min`
 * and `max`, so that the refusal can say them in the reader's language.
 */
export type FieldError = { path: string; message: string; code?: string; min?: number; max?: number };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly errors: FieldError[];
  readonly retryAfterSeconds?: number;
  /** Extra members of the problem body, e.g. the goal's `currentState` on an invalid transition. */
  readonly extensions: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    detail: string,
    extra: { errors?: FieldError[]; retryAfterSeconds?: number; extensions?: Record<string, unknown> } = {},
  ) {
    super(detail);
    this.name = 'AppError';
    this.code = code;
    this.errors = extra.errors ?? [];
    this.extensions = extra.extensions ?? {};
    if (extra.retryAfterSeconds !== undefined) this.retryAfterSeconds = extra.retryAfterSeconds;
  }

  get status(): number {
    return ERROR_CODES[this.code];
  }
}

/** A value off a scale (`outside_scale`), the field error naming the scale's ends. */
export function outsideScale(path: string, scale: { min: number; max: number }): FieldError {
  return { path, message: `Must lie between ${scale.min} and ${scale.max}.`, code: 'outside_scale', min: scale.min, max: scale.max };
}

/** A bad value in one named field. */
export function invalidField(path: string, message: string, code = 'invalid'): AppError {
  return new AppError('validation_failed', `${path}: ${message}`, { errors: [{ path, message, code }] });
}
