import { isAuthenticatorCode, normalizeRecoveryCode, RECOVERY_CODE_COUNT } from '@tandem/core';
import { requireActor, type Scope } from '../../context.ts';
import { AppError, invalidField } from '../../errors.ts';
import { hashPassword, verifyPassword } from '../accounts/credentials.ts';
import { recordAttempt, refusalForTooManyAttempts } from '../attempts/service.ts';
import { recordAuditEvent } from '../audit/service.ts';
import { newAuthenticator, newRecoveryCode, verifyAuthenticatorCode } from './totp.ts';
import * as repo from './repo.ts';

export type TwoFactorStatus = { enabled: boolean; recoveryCodesLeft: number };
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** How a second factor was given, or why it was not. */
export type SecondFactorCheck = 'not_required' | 'missing' | 'wrong' | 'authenticator' | 'recovery_code';

export async function getTwoFactorStatus(scope: Scope): Promise<TwoFactorStatus> {
  const actor = requireActor(scope);
  const found = await repo.findTwoFactor(scope.tx, actor.userId);
  const enabled = !!found?.enabledAt;
  return { enabled, recoveryCodesLeft: enabled ? (await repo.listUsableRecoveryCodes(scope.tx, actor.userId)).length : 0 };
}

/**
 * Starts setting up an authenticator: a new secret, its otpauth:// address and a QR code of it.
 * It is not in force until a first code confirms that the app has it.
 */
export async function startTwoFactorSetup(scope: Scope): Promise<{ secret: string; otpauthUri: string; qrCode: string }> {
  const actor = requireActor(scope);
  const found = await repo.findTwoFactor(scope.tx, actor.userId);
  if (found?.enabledAt) throw new AppError('two_factor_enabled', 'Two-factor sign-in is already on; turn it off first to set up another authenticator.');
  const email = (await repo.findEmailOf(scope.tx, actor.userId)) ?? actor.userId;
  const authenticator = await newAuthenticator(email);
  await repo.savePendingSecret(scope.tx, actor.userId, authenticator.secret, scope.now);
  return authenticator;
}

/**
 * The first code from the app turns two-factor sign-in on, and gives the recovery codes: shown
 * this once, stored as argon2id hashes. A wrong code counts as a failed sign-in.
 */
export async function confirmTwoFactor(scope: Scope, code: string): Promise<Outcome<{ recoveryCodes: string[] }>> {
  const actor = requireActor(scope);
  const email = (await repo.findEmailOf(scope.tx, actor.userId)) ?? '';
  const throttled = await refusalForTooManyAttempts(scope, email, 'sign_in');
  if (throttled) return { ok: false, error: throttled };
  const found = await repo.findTwoFactor(scope.tx, actor.userId);
  if (found?.enabledAt) throw new AppError('two_factor_enabled', 'Two-factor sign-in is already on.');
  if (!found?.secret) throw new AppError('two_factor_not_started', 'Start the setup first: scan the QR code, then send a code.');
  const step = isAuthenticatorCode(code) ? await verifyAuthenticatorCode(found.secret, code, scope.now, null) : undefined;
  if (step === undefined) {
    await recordAttempt(scope, email, 'sign_in', false);
    return { ok: false, error: wrongCode('code') };
  }
  await repo.enableTwoFactor(scope.tx, actor.userId, step, scope.now);
  const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await repo.retireRecoveryCodes(scope.tx, actor.userId, scope.now);
  await repo.insertRecoveryCodes(scope.tx, actor.userId, await Promise.all(recoveryCodes.map((c) => hashPassword(normalizeRecoveryCode(c)))), scope.now);
  await recordAuditEvent(scope, { actorId: actor.userId, practiceId: actor.practiceId, action: 'two_factor_enabled', subjectType: 'user', subjectId: actor.userId });
  return { ok: true, value: { recoveryCodes } };
}

/**
 * Turns two-factor sign-in off, proven by a current code (or a recovery code) or the password.
 * The recovery codes are retired with it. A wrong proof counts as a failed sign-in.
 */
export async function disableTwoFactor(scope: Scope, proof: { code?: string | undefined; password?: string | undefined }): Promise<Outcome<null>> {
  const actor = requireActor(scope);
  const email = (await repo.findEmailOf(scope.tx, actor.userId)) ?? '';
  const throttled = await refusalForTooManyAttempts(scope, email, 'sign_in');
  if (throttled) return { ok: false, error: throttled };
  const found = await repo.findTwoFactor(scope.tx, actor.userId);
  if (!found?.enabledAt) throw new AppError('two_factor_not_enabled', 'Two-factor sign-in is not on.');
  const isProven = proof.code !== undefined
    ? ['authenticator', 'recovery_code'].includes(await checkSecondFactor(scope, actor.userId, proof.code))
    : await verifyPassword((await repo.findPasswordHashOf(scope.tx, actor.userId)) ?? '', proof.password ?? '');
  if (!isProven) {
    await recordAttempt(scope, email, 'sign_in', false);
    return { ok: false, error: proof.code !== undefined ? wrongCode('code') : invalidField('password', 'The password is not right.', 'wrong_password') };
  }
  await repo.disableTwoFactor(scope.tx, actor.userId, scope.now);
  await repo.retireRecoveryCodes(scope.tx, actor.userId, scope.now);
  await recordAuditEvent(scope, { actorId: actor.userId, practiceId: actor.practiceId, action: 'two_factor_disabled', subjectType: 'user', subjectId: actor.userId });
  return { ok: true, value: null };
}

/**
 * The second step of signing in, for a person whose password was right (the transaction already
 * acts as them): a code from their authenticator, or one of their recovery codes, each accepted
 * once. Says 'not_required' when the person has not turned two-factor sign-in on.
 */
export async function checkSecondFactor(scope: Scope, userId: string, code: string | undefined): Promise<SecondFactorCheck> {
  const found = await repo.findTwoFactor(scope.tx, userId);
  if (!found?.enabledAt || !found.secret) return 'not_required';
  if (code === undefined || code.trim() === '') return 'missing';
  if (isAuthenticatorCode(code)) {
    const step = await verifyAuthenticatorCode(found.secret, code, scope.now, found.lastUsedStep);
    if (step === undefined) return 'wrong';
    await repo.saveLastUsedStep(scope.tx, userId, step, scope.now);
    return 'authenticator';
  }
  const typed = normalizeRecoveryCode(code);
  for (const candidate of await repo.listUsableRecoveryCodes(scope.tx, userId)) {
    if (await verifyPassword(candidate.codeHash, typed)) {
      return (await repo.useRecoveryCode(scope.tx, candidate.id, scope.now)) ? 'recovery_code' : 'wrong';
    }
  }
  return 'wrong';
}

function wrongCode(path: string): AppError {
  return invalidField(path, 'The code is not right, or it was used already.', 'wrong_code');
}
