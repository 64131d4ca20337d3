import { setDatabaseContext, requireActor, type Scope } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { recordAttempt, refusalForTooManyAttempts } from '../attempts/service.ts';
import { recordAuditEvent } from '../audit/service.ts';
import { checkSecondFactor } from '../two-factor/service.ts';
import { decoyPasswordHash, hashSecretToken, newSecretToken, verifyPassword } from './credentials.ts';
import * as repo from './repo.ts';
import { endCredentialsOf, endPresentedSession, findHomeMembership, normalizeEmail, openSession, type OpenedSession } from './service.ts';

export type SignInInput = { email: string; password: string; code?: string | undefined };
export type SignInOutcome = { ok: true; session: OpenedSession } | { ok: false; error: AppError };
type Proven = { ok: true; userId: string; membership: repo.MembershipRow } | { ok: false; error: AppError };
type ProvenFormer = { ok: true; userId: string } | { ok: false; error: AppError };

/**
 * Signs in with email and password, plus a code when the person has two-factor sign-in. Every
 * sign-in opens a fresh session; the one the request came with (if any) ends. A failure is
 * returned rather than thrown so that the attempt it records is committed: the count of failures
 * is what throttling reads, on every app server.
 */
export async function signIn(scope: Scope, input: SignInInput): Promise<SignInOutcome> {
  await endPresentedSession(scope);
  const proven = await proveIdentity(scope, input);
  if (!proven.ok) return proven;
  const session = await openSession(scope, proven.userId, proven.membership);
  await recordAuditEvent(scope, { actorId: proven.userId, practiceId: proven.membership.practiceId, action: 'signed_in', subjectType: 'user', subjectId: proven.userId });
  return { ok: true, session };
}

/** Issues a token for the command-line tool, after the same checks as signing in (the second factor included). */
export async function issueApiToken(
  scope: Scope,
  input: SignInInput & { label?: string | undefined },
): Promise<{ ok: true; token: { id: string; token: string; label: string; createdAt: Date } } | { ok: false; error: AppError }> {
  const proven = await proveIdentity(scope, input);
  if (!proven.ok) return proven;
  const { userId, membership } = proven;
  await setDatabaseContext(scope.tx, { userId, ...membership });
  const token = newSecretToken();
  const label = input.label?.trim() || 'tandem CLI';
  const row = await repo.insertApiToken(scope.tx, { tokenHash: hashSecretToken(token), userId, practiceId: membership.practiceId, label });
  await recordAuditEvent(scope, { actorId: userId, practiceId: membership.practiceId, action: 'api_token_issued', subjectType: 'api_token', subjectId: row.id });
  return { ok: true, token: { id: row.id, token, label, createdAt: row.createdAt } };
}

/** Ends the credential the request came with: the browser session, or the CLI's token. */
export async function signOut(scope: Scope): Promise<void> {
  const actor = requireActor(scope);
  if (actor.credentialKind === 'session') await repo.deleteAuthSession(scope.tx, actor.credentialId);
  else await repo.revokeApiToken(scope.tx, actor.credentialId, scope.now);
}

/**
 * Signs the person out everywhere: every browser session and every API token, in every practice,
 * this one included (decision 012).
 */
export async function signOutEverywhere(scope: Scope): Promise<{ sessionsEnded: number; tokensRevoked: number }> {
  const actor = requireActor(scope);
  const ended = await endCredentialsOf(scope, actor.userId, undefined);
  await recordAuditEvent(scope, { actorId: actor.userId, practiceId: actor.practiceId, action: 'signed_out_everywhere', subjectType: 'user', subjectId: actor.userId, details: ended });
  return ended;
}

/**
 * The password, then (for a person who turned it on) the second factor. A right password without
 * a code is not a failure: the answer asks for the code. A wrong password or a wrong code is,
 * and an owner sees it in the audit log.
 */
async function proveIdentity(scope: Scope, input: SignInInput): Promise<Proven> {
  const email = normalizeEmail(input.email);
  const throttled = await refusalForTooManyAttempts(scope, email, 'sign_in');
  if (throttled) return { ok: false, error: throttled };
  const { login, matches, membership } = await checkPassword(scope, email, input.password);
  if (!login || !matches || !membership) {
    await recordAttempt(scope, email, 'sign_in', false);
    if (login && membership) await recordFailure(scope, login.userId, membership.practiceId, 'password');
    return { ok: false, error: new AppError('invalid_credentials', 'The email or password is not right.') };
  }
  const proven = await proveSecondFactor(scope, email, login.userId, input.code, membership.practiceId);
  return proven.ok ? { ok: true, userId: login.userId, membership } : proven;
}

/**
 * A person whose account is in no practice (a coach who was removed, invited back: decision 036)
 * proves it is them before they rejoin: their password, then their second factor, throttled and
 * counted as a sign-in. A wrong password names `password`.
 */
export async function proveFormerMember(scope: Scope, input: SignInInput, practiceId: string): Promise<ProvenFormer> {
  const email = normalizeEmail(input.email);
  const throttled = await refusalForTooManyAttempts(scope, email, 'sign_in');
  if (throttled) return { ok: false, error: throttled };
  const { login, matches, membership } = await checkPassword(scope, email, input.password);
  if (!login || !matches || membership) {
    await recordAttempt(scope, email, 'sign_in', false);
    if (login && !membership) await recordFailure(scope, login.userId, practiceId, 'password');
    return {
      ok: false,
      error: new AppError('invalid_credentials', 'The password is not right.', {
        errors: [{ path: 'password', message: 'The password is not right.', code: 'wrong_password' }],
      }),
    };
  }
  const proven = await proveSecondFactor(scope, email, login.userId, input.code, practiceId);
  return proven.ok ? { ok: true, userId: login.userId } : proven;
}

/**
 * The account at the address and whether the password is its own (checked against a decoy hash
 * when there is no account, so that the answer takes as long), with the practice it lands in.
 */
async function checkPassword(scope: Scope, email: string, password: string) {
  const login = await repo.findLogin(scope.tx, email);
  const matches = await verifyPassword(login?.passwordHash ?? (await decoyPasswordHash()), password);
  const membership = login ? await findHomeMembership(scope, login.userId) : undefined;
  return { login, matches, membership };
}

/** The second factor of someone whose password was right, for a person who turned it on. */
async function proveSecondFactor(scope: Scope, email: string, userId: string, code: string | undefined, practiceId: string): Promise<{ ok: true } | { ok: false; error: AppError }> {
  const secondFactor = await checkSecondFactor(scope, userId, code);
  if (secondFactor === 'missing') {
    return {
      ok: false,
      error: new AppError('second_factor_required', 'Send the code from your authenticator app (or a recovery code) as `code`.', {
        errors: [{ path: 'code', message: 'Required for this account', code: 'second_factor_required' }],
      }),
    };
  }
  if (secondFactor === 'wrong') {
    await recordAttempt(scope, email, 'sign_in', false);
    await recordFailure(scope, userId, practiceId, 'second_factor');
    return {
      ok: false,
      error: new AppError('invalid_second_factor', 'The code is not right, or it was used already.', {
        errors: [{ path: 'code', message: 'The code is not right, or it was used already.', code: 'wrong_code' }],
      }),
    };
  }
  await recordAttempt(scope, email, 'sign_in', true);
  if (secondFactor === 'recovery_code') {
    await recordAuditEvent(scope, { actorId: userId, practiceId, action: 'recovery_code_used', subjectType: 'user', subjectId: userId });
  }
  return { ok: true };
}

function recordFailure(scope: Scope, userId: string, practiceId: string, failed: 'password' | 'second_factor'): Promise<void> {
  return recordAuditEvent(scope, { actorId: userId, practiceId, action: 'sign_in_failed', subjectType: 'user', subjectId: userId, details: { failed } });
}
