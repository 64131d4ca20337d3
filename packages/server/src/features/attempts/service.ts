import { checkPasswordResetThrottle, checkSignInThrottle, PASSWORD_RESET_THROTTLE, SIGN_IN_THROTTLE } from '@tandem/core';
import type { Scope } from '../../context.ts';
import { AppError } from '../../errors.ts';
import * as repo from './repo.ts';

export type { AttemptKind } from './repo.ts';

/**
 * Throttling per email, held in the database so that it holds across app servers: failed
 * sign-ins (wrong passwords and wrong second-factor codes alike), and reset-link requests.
 * Returns the refusal to give when the email has had too many, else undefined.
 */
export async function refusalForTooManyAttempts(scope: Scope, email: string, kind: repo.AttemptKind): Promise<AppError | undefined> {
  const windowMinutes = kind === 'sign_in' ? SIGN_IN_THROTTLE.windowMinutes : PASSWORD_RESET_THROTTLE.windowMinutes;
  const since = new Date(scope.now.getTime() - windowMinutes * 60_000);
  const attempts = await repo.listRecentAttempts(scope.tx, email, kind, since);
  const throttle = kind === 'sign_in' ? checkSignInThrottle(attempts, scope.now) : checkPasswordResetThrottle(attempts, scope.now);
  if (throttle.allowed) return undefined;
  const retryAfterSeconds = Math.max(1, Math.ceil((throttle.retryAt.getTime() - scope.now.getTime()) / 1000));
  const detail = kind === 'sign_in' ? 'Too many failed sign-ins for this email. Try again later.' : 'Too many reset requests for this email. Try again later.';
  return new AppError('too_many_attempts', detail, { retryAfterSeconds });
}

/** Counts an attempt; a failure counts toward the limit, a successful sign-in starts the count again. */
export function recordAttempt(scope: Scope, email: string, kind: repo.AttemptKind, succeeded: boolean): Promise<void> {
  return repo.insertAttempt(scope.tx, { email, kind, succeeded, at: scope.now });
}
