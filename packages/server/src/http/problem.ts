import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, ERROR_CODES, type ErrorCode, type FieldError } from '../errors.ts';

/** Problem types are stable URIs; the part after the last slash is the error code. */
export const PROBLEM_BASE = 'https://tandem.coach/problems/';

const TITLES: Record<ErrorCode, string> = {
  validation_failed: 'The request has invalid fields',
  malformed_request: 'The request could not be read',
  unauthenticated: 'Not signed in',
  invalid_credentials: 'Wrong email or password',
  forbidden: 'Not allowed',
  foreign_origin: 'Request from another site refused',
  not_found: 'Not found',
  engagement_not_found: 'Engagement not found',
  value_not_found: 'Value not found',
  goal_not_found: 'Goal not found',
  invitation_not_found: 'Invitation not found',
  session_not_found: 'Session not found',
  commitment_not_found: 'Commitment not found',
  journal_entry_not_found: 'Journal entry not found',
  agenda_item_not_found: 'Agenda item not found',
  coach_note_not_found: 'Private note not found',
  obstacle_not_found: 'Obstacle not found',
  email_taken: 'Email already registered',
  conflict: 'Conflicting change',
  stale_version: 'Changed by someone else',
  invalid_transition: 'Not possible in this state',
  not_pending_revision: 'Not the revision awaiting agreement',
  already_agreed: 'Already agreed',
  coach_has_engagements: 'The coach still holds engagements',
  owner_stays: 'The owner stays',
  invitation_used: 'Invitation already used',
  invitation_expired: 'Invitation expired',
  link_used: 'Already answered',
  link_expired: 'Link expired',
  link_withdrawn: 'Question withdrawn',
  unsupported_media_type: 'Unsupported content type',
  payload_too_large: 'Request too large',
  request_timeout: 'Request not received in time',
  headers_too_large: 'Request headers too large',
  unsupported_change: 'Change not supported',
  confirmation_mismatch: 'Confirmation does not match',
  too_many_attempts: 'Too many attempts',
  second_factor_required: 'Second factor required',
  invalid_second_factor: 'Wrong code',
  reset_link_not_found: 'Reset link not found',
  reset_link_used: 'Reset link already used',
  reset_link_expired: 'Reset link expired',
  two_factor_enabled: 'Two-factor sign-in is on',
  two_factor_not_enabled: 'Two-factor sign-in is off',
  two_factor_not_started: 'Two-factor setup not started',
  internal_error: 'Something went wrong',
  database_unavailable: 'Database unavailable',
};

export function problemTitle(code: ErrorCode): string {
  return TITLES[code];
}

/** The largest request body the server reads. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Seconds a client should wait before retrying while the database is away. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

type PostgresError = Error & { code?: string; constraint?: string };

// A connection that failed or a server that is shutting down, starting up or crashed: classes 08
// (connection exception) and 57P (operator intervention), too many connections, and the
// socket-level failures node-postgres reports without a SQLSTATE.
const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '53300', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'is not queryable',
  'Client was closed',
  'Cannot use a pool after calling end',
];

/** True when the database could not be reached or went away, rather than refusing the request. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as PostgresError;
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
  return typeof message === 'string' && UNAVAILABLE_MESSAGES.some((text) => message.includes(text));
}

/** PostgreSQL's own refusals, in the product's words. */
function fromDatabaseError(error: PostgresError): AppError | undefined {
  switch (error.code) {
    case '23505':
      return error.constraint === 'users_email_key'
        ? new AppError('email_taken', 'An account with this email already exists.', {
            errors: [{ path: 'email', message: 'An account with this email already exists.', code: 'email_taken' }],
          })
        : new AppError('conflict', 'This already exists.');
    case '23514':
    case '22P02':
    case '22001':
      return new AppError('validation_failed', 'A value is out of the allowed range.');
    case '40001':
    case '40P01':
      return new AppError('conflict', 'Another change happened at the same time; try again.');
    case '22021':
    case '22P05':
      // A character PostgreSQL cannot store (NUL); the requests' own check names the field first.
      return new AppError('validation_failed', 'A text contains a character that cannot be stored.');
    case '42501':
      // Row-level security refused a row: the service checks should have caught it first.
      return new AppError('not_found', 'Not found.');
    default:
      return undefined;
  }
}

function fromValidation(error: FastifyError): AppError {
  const issues = hasZodFastifySchemaValidationErrors(error) ? error.validation : [];
  const where = error.validationContext;
  const errors: FieldError[] = issues.map((issue) => {
    const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    return { path: path || (where ?? 'body'), message: issue.message ?? 'Invalid value', code: issue.keyword };
  });
  return new AppError('validation_failed', errors.map((e) => `${e.path}: ${e.message}`).join('; ') || 'Invalid request.', {
    errors,
  });
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const fastifyError = error as FastifyError;
  if (hasZodFastifySchemaValidationErrors(error)) return fromValidation(fastifyError);
  if (isDatabaseUnavailable(error)) {
    return new AppError('database_unavailable', 'The database is not reachable right now. Nothing was changed; try again shortly.', {
      retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
    });
  }
  const database = fromDatabaseError(error as PostgresError);
  if (database) return database;
  if (fastifyError.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return new AppError('unsupported_media_type', 'Send JSON with Content-Type: application/json.', {
      errors: [{ path: 'content-type', message: 'Expected application/json', code: 'invalid_value' }],
    });
  }
  if (fastifyError.code === 'FST_ERR_BAD_URL' || fastifyError.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return new AppError('malformed_request', 'The address could not be read.', {
      errors: [{ path: 'params', message: 'Not a readable address', code: 'malformed' }],
    });
  }
  if (fastifyError.statusCode === 413) {
    const limit = `${BODY_LIMIT_BYTES / (1024 * 1024)} MiB`;
    return new AppError('payload_too_large', `The request body is over the limit of ${limit}.`, {
      errors: [{ path: 'body', message: `Over the limit of ${limit}`, code: 'too_big' }],
    });
  }
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    // What Fastify refuses before any route runs is the body it could not read (not JSON, empty
    // with a JSON content type, a prototype-polluting key, a wrong length).
    return new AppError('malformed_request', fastifyError.message, {
      errors: [{ path: 'body', message: fastifyError.message, code: 'malformed' }],
    });
  }
  return new AppError('internal_error', 'Something went wrong on our side. Nothing was changed.');
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, appError: AppError) {
  if (appError.retryAfterSeconds !== undefined) reply.header('Retry-After', String(appError.retryAfterSeconds));
  return reply
    .code(ERROR_CODES[appError.code])
    .type('application/problem+json')
    .serializer(JSON.stringify)
    .send({
      ...appError.extensions,
      type: PROBLEM_BASE + appError.code,
      title: TITLES[appError.code],
      status: ERROR_CODES[appError.code],
      detail: appError.message,
      code: appError.code,
      instance: request.url,
      errors: appError.errors,
    });
}

export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const appError = toAppError(error);
  if (appError.code === 'database_unavailable') request.log.warn({ err: error }, 'database unavailable');
  if (appError.code === 'internal_error') {
    request.log.error({ err: error, serialization: isResponseSerializationError(error as Error) }, 'request failed');
  }
  return sendProblem(reply, request, appError);
}

/**
 * The first place in a request's body, query or path where a text holds a NUL character, which
 * PostgreSQL cannot store in text or jsonb: refused up front so the problem names the field.
 */
export function findNulCharacter(parts: { body?: unknown; query?: unknown; params?: unknown }): string | undefined {
  const visit = (value: unknown, path: string): string | undefined => {
    if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
    if (typeof value !== 'object' || value === null) return undefined;
    for (const [key, item] of Object.entries(value)) {
      const itemPath = path ? `${path}.${key}` : key;
      if (key.includes('\u0000')) return itemPath;
      const found = visit(item, itemPath);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return visit(parts.params, '') ?? visit(parts.query, '') ?? visit(parts.body, '');
}
