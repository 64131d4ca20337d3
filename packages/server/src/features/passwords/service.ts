import { addMinutes } from 'date-fns';
import { DEFAULT_LOCALE, PASSWORD_RESET_TTL_MINUTES, passwordResetEmail, type Locale } from '@tandem/core';
import { requireActor, setDatabaseContext, type Scope } from '../../context.ts';
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
 * password counts as a failed sign-in (so a borrowed session cannot guess it at leisure). A new
 * password that is the current one is refused: "changing" it would sign the other devices out
 * and report a change that did not happen.
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
  if (input.newPassword === input.currentPassword) {
    return { ok: false, error: invalidField('newPassword', 'The new password is the same as the current one.', 'same_password') };
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

export type PasswordResetStatus = 'open' | 'used' | 'expired';

/**
 * What a reset link is before anyone uses it: still open, used already or past its hour, and the
 * language of its account, in which the email was written (so that the page speaks it too).
 * Looking does not use the link. A link nobody was given is refused (404).
 */
export async function previewPasswordReset(scope: Scope, token: string): Promise<{ status: PasswordResetStatus; locale: Locale }> {
  const reset = await repo.findPasswordReset(scope.tx, hashSecretToken(token));
  if (!reset) throw resetRefused('reset_link_not_found');
  // The token is the proof: from here the transaction may read its account, as confirming does.
  await setDatabaseContext(scope.tx, { userId: reset.userId, practiceId: null, role: null });
  const recipient = await repo.findRecipient(scope.tx, reset.userId);
  return { status: statusOf(reset, scope.now), locale: recipient?.locale ?? DEFAULT_LOCALE };
}

/**
 * A reset link sets a new password, once, within its hour. Every session and API token of the
 * person ends: whoever else was signed in is out.
 */
export async function confirmPasswordReset(scope: Scope, input: { token: string; password: string }): Promise<void> {
  const reset = await repo.findPasswordReset(scope.tx, hashSecretToken(input.token));
  if (!reset) throw resetRefused('reset_link_not_found');
  const status = statusOf(reset, scope.now);
  if (status === 'used') throw resetRefused('reset_link_used');
  if (status === 'expired') throw resetRefused('reset_link_expired');
  const membership = await findHomeMembership(scope, reset.userId);
  if (!(await repo.useResetOnce(scope.tx, reset.id, scope.now))) throw resetRefused('reset_link_used');
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

/** A used link stays used after its hour: being told it was used explains more than "expired". */
function statusOf(reset: { expiresAt: Date; usedAt: Date | null }, now: Date): PasswordResetStatus {
  if (reset.usedAt) return 'used';
  return reset.expiresAt.getTime() <= now.getTime() ? 'expired' : 'open';
}

const RESET_REFUSALS = {
  reset_link_not_found: 'This reset link is not known. Ask for a new one.',
  reset_link_used: 'This reset link was used already. Ask for a new one.',
  reset_link_expired: 'This reset link has expired. Ask for a new one.',
} as const;

function resetRefused(code: keyof typeof RESET_REFUSALS): AppError {
  const detail = RESET_REFUSALS[code];
  return new AppError(code, detail, { errors: [{ path: 'token', message: detail, code }] });
}
