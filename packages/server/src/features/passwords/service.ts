import { addMinutes } from 'date-fns';
import { PASSWORD_RESET_TTL_MINUTES, passwordResetEmail } from '@tandem/core';
import { requireActor, type Scope } from '../../context.ts';
import { AppError, invalidField } from '../../errors.ts';
import type { OutgoingEmail } from '../../mail/mailer.ts';
import { hashSecretToken, newSecretToken } from '../accounts/credentials.ts';
import { endCredentialsOf, findAccountId, findHomeMembership, getMe, isOwnPassword, normalizeEmail, setPassword } from '../accounts/service.ts';
import { recordAttempt, refusalForTooManyAttempts } from '../attempts/service.ts';
import { recordAuditEvent } from '../audit/service.ts';
import * as repo from './repo.ts';

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: AppError };

/**
 * The signed-in person replaces their password, proving the current one. Their other sessions
 * end and their API tokens are revoked; the credential of this request stays. A wrong current
 * password counts as a failed sign-in (so a borrowed session cannot guess it at leisure).
 */
export async function changePassword(scope: Scope, input: { currentPassword: string; newPassword: string }): Promise<Outcome<null>> {
  const actor = requireActor(scope);
  const email = normalizeEmail((await getMe(scope)).user.email);
  const throttled = await refusalForTooManyAttempts(scope, email, 'sign_in');
  if (throttled) return { ok: false, error: throttled };
  if (!(await isOwnPassword(scope, input.currentPassword))) {
    await recordAttempt(scope, email, 'sign_in', false);
    return { ok: false, error: invalidField('currentPassword', 'The current password is not right.', 'wrong_password') };
  }
  await setPassword(scope, actor.userId, input.newPassword);
  const ended = await endCredentialsOf(scope, actor.userId, { credentialId: actor.credentialId });
  await recordAuditEvent(scope, { actorId: actor.userId, practiceId: actor.practiceId, action: 'password_changed', subjectType: 'user', subjectId: actor.userId, details: ended });
  return { ok: true, value: null };
}

/**
 * Someone asks for a link to set a new password. The answer is the same whether or not an account
 * has this email; when one does, the email to send (after the transaction commits) is returned.
 * Requests are throttled per email, account or not, so the limit tells nothing either.
 */
export async function requestPasswordReset(scope: Scope, input: { email: string }): Promise<Outcome<OutgoingEmail | null>> {
  const email = normalizeEmail(input.email);
  const throttled = await refusalForTooManyAttempts(scope, email, 'password_reset');
  if (throttled) return { ok: false, error: throttled };
  const userId = await findAccountId(scope, email);
  const membership = userId ? await findHomeMembership(scope, userId) : undefined;
  const recipient = userId && membership ? await repo.findRecipient(scope.tx, userId) : undefined;
  await recordAttempt(scope, email, 'password_reset', recipient !== undefined);
  if (!userId || !membership || !recipient) return { ok: true, value: null };
  const token = newSecretToken();
  const resetId = await repo.insertPasswordReset(scope.tx, {
    userId,
    tokenHash: hashSecretToken(token),
    createdAt: scope.now,
    expiresAt: addMinutes(scope.now, PASSWORD_RESET_TTL_MINUTES),
  });
  await recordAuditEvent(scope, { actorId: userId, practiceId: membership.practiceId, action: 'password_reset_requested', subjectType: 'password_reset', subjectId: resetId });
  const link = `${scope.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
  const words = passwordResetEmail(recipient.locale, { name: recipient.name, link, validMinutes: PASSWORD_RESET_TTL_MINUTES });
  return { ok: true, value: { to: recipient.email, ...words } };
}

/**
 * A reset link sets a new password, once, within its hour. Every session and API token of the
 * person ends: whoever else was signed in is out.
 */
export async function confirmPasswordReset(scope: Scope, input: { token: string; password: string }): Promise<void> {
  const reset = await repo.findPasswordReset(scope.tx, hashSecretToken(input.token));
  if (!reset) throw resetRefused('reset_link_not_found', 'This reset link is not known. Ask for a new one.');
  if (reset.usedAt) throw resetRefused('reset_link_used', 'This reset link was used already. Ask for a new one.');
  if (reset.expiresAt.getTime() <= scope.now.getTime()) throw resetRefused('reset_link_expired', 'This reset link has expired. Ask for a new one.');
  const membership = await findHomeMembership(scope, reset.userId);
  if (!(await repo.useResetOnce(scope.tx, reset.id, scope.now))) throw resetRefused('reset_link_used', 'This reset link was used already. Ask for a new one.');
  await setPassword(scope, reset.userId, input.password);
  const ended = await endCredentialsOf(scope, reset.userId, undefined);
  await recordAuditEvent(scope, {
    actorId: reset.userId,
    practiceId: membership?.practiceId ?? null,
    action: 'password_reset',
    subjectType: 'password_reset',
    subjectId: reset.id,
    details: ended,
  });
}

function resetRefused(code: 'reset_link_not_found' | 'reset_link_used' | 'reset_link_expired', detail: string): AppError {
  return new AppError(code, detail, { errors: [{ path: 'token', message: detail, code }] });
}
