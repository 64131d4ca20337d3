import type { CliContext } from '../context.ts';
import { CliError } from '../errors.ts';

export type FieldError = { path: string; message: string; code?: string };
export type Problem = { status: number; code: string; detail: string; errors: FieldError[] };

/** The API promises problem+json on failure; a proxy in between may send anything, so check. */
export function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Partial<Record<keyof Problem, unknown>>;
  return (
    typeof candidate.status === 'number' &&
    typeof candidate.code === 'string' &&
    typeof candidate.detail === 'string' &&
    Array.isArray(candidate.errors)
  );
}

function fieldLines(problem: Problem): string[] {
  return problem.errors
    .filter((field) => typeof field?.path === 'string' && typeof field?.message === 'string')
    .map((field) => `• ${field.path}: ${field.message}`);
}

/**
 * A refused request in the reader's language. The codes a person meets on the command line
 * get their own words; any other problem is shown by its detail. Refused fields follow.
 */
export function explainProblem(ctx: CliContext, server: string, response: Response, body: unknown): CliError {
  const { api } = ctx.t;
  if (!isProblem(body)) {
    if (response.status === 401) return new CliError(api.signInExpired(server));
    if (response.status >= 500) return new CliError(api.serverFailed(response.status));
    return new CliError(api.unexpectedAnswer(response.status));
  }
  const fields = fieldLines(body);
  switch (body.code) {
    case 'unauthenticated':
      return new CliError(api.signInExpired(server));
    case 'invalid_credentials':
      return new CliError(api.invalidCredentials);
    case 'too_many_attempts': {
      const retryAfter = Number(response.headers.get('retry-after'));
      return new CliError(api.tooManyAttempts(Number.isFinite(retryAfter) && retryAfter > 0 ? Math.ceil(retryAfter) : undefined));
    }
    case 'second_factor_required':
      return new CliError(api.secondFactorRequired);
    case 'invalid_second_factor':
      return new CliError(api.invalidSecondFactor);
    case 'goal_not_found':
      return new CliError(api.goalNotFound);
    case 'forbidden':
    case 'foreign_origin':
      return new CliError(api.forbidden);
    case 'database_unavailable': {
      const retryAfter = Number(response.headers.get('retry-after'));
      return new CliError(api.databaseUnavailable(Number.isFinite(retryAfter) && retryAfter > 0 ? Math.ceil(retryAfter) : undefined));
    }
    case 'internal_error':
      return new CliError(api.serverFailed(response.status));
    case 'validation_failed':
      return new CliError(fields.length > 0 ? api.invalidFields : body.detail, fields);
    default:
      return new CliError(body.detail, fields);
  }
}
