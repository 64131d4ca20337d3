import { randomUUID } from 'node:crypto';
import {
  addDaysToInstant,
  checkSignInThrottle,
  DEFAULT_LOCALE,
  DEFAULT_TIME_ZONE,
  SESSION_TTL_DAYS,
  SIGN_IN_THROTTLE,
  type Locale,
  type Role,
} from '@tandem/core';
import { requireActor, setDatabaseContext, type Scope } from '../../context.ts';
import type { Sql } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { recordAuditEvent } from '../audit/service.ts';
import { decoyPasswordHash, hashPassword, hashSecretToken, newSecretToken, verifyPassword } from './credentials.ts';
import * as repo from './repo.ts';

export type Me = {
  user: repo.UserRow;
  practice: { id: string; name: string };
  role: Role;
  locale: Locale;
  timeZone: string;
};

/** A browser session just opened: the secret goes into the cookie, never into the database. */
export type OpenedSession = { token: string; expiresAt: Date; me: Me };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Makes the transaction act as the holder of a cookie or API token, or as nobody when the token is
 * missing, unknown, expired or revoked. Returns who that is.
 */
export function enterAs(tx: Sql, token: string | undefined, now: Date) {
  return repo.enterAs(tx, token ? hashSecretToken(token) : null, now);
}

/** Whether an account with this email exists (for seeding; the API never reveals it). */
export async function accountExists(scope: Scope, email: string): Promise<boolean> {
  return (await repo.findLogin(scope.tx, normalizeEmail(email))) !== undefined;
}

/**
 * A coach signs up: a practice of their own, an account, and the owner's membership,
 * then signed in.
 */
export async function signUp(
  scope: Scope,
  input: { name: string; email: string; password: string; practiceName: string; locale?: Locale | undefined; timeZone?: string | undefined },
): Promise<OpenedSession> {
  const userId = randomUUID();
  const practiceId = randomUUID();
  await setDatabaseContext(scope.tx, { userId, practiceId, role: 'owner' });
  await repo.insertPractice(scope.tx, { id: practiceId, name: input.practiceName.trim() });
  await createAccount(scope, { userId, ...input });
  await repo.insertMembership(scope.tx, { practiceId, userId, role: 'owner' });
  await recordAuditEvent(scope, { actorId: userId, practiceId, action: 'signed_up', subjectType: 'practice', subjectId: practiceId });
  return openSession(scope, userId, { practiceId, role: 'owner' });
}

/**
 * Creates a person's account. The caller has already set the database context to `userId`.
 * An email that already has an account is refused (409).
 */
export async function createAccount(
  scope: Scope,
  input: { userId: string; name: string; email: string; password: string; locale?: Locale | undefined; timeZone?: string | undefined },
): Promise<void> {
  const email = normalizeEmail(input.email);
  if (await repo.findLogin(scope.tx, email)) {
    throw new AppError('email_taken', 'An account with this email already exists.', {
      errors: [{ path: 'email', message: 'An account with this email already exists.', code: 'email_taken' }],
    });
  }
  await repo.insertUser(scope.tx, {
    id: input.userId,
    email,
    name: input.name.trim(),
    passwordHash: await hashPassword(input.password),
    locale: input.locale ?? DEFAULT_LOCALE,
    timeZone: input.timeZone ?? DEFAULT_TIME_ZONE,
  });
}

/** Makes an existing account a member of the practice the context is set to. */
export async function joinPractice(scope: Scope, membership: { userId: string; practiceId: string; role: Role }): Promise<void> {
  await repo.insertMembership(scope.tx, membership);
}

export type SignInOutcome = { ok: true; session: OpenedSession } | { ok: false; error: AppError };

/**
 * Checks an email and password. A failure is returned rather than thrown so that the attempt
 * it records is committed: the count of failures is what throttling reads, on every app server.
 */
export async function signIn(scope: Scope, input: { email: string; password: string }): Promise<SignInOutcome> {
  const userId = await checkPassword(scope, input);
  if (!userId.ok) return userId;
  const membership = await findHomeMembership(scope, userId.value);
  if (!membership) return { ok: false, error: invalidCredentials() };
  const session = await openSession(scope, userId.value, membership);
  await recordAuditEvent(scope, { actorId: userId.value, practiceId: membership.practiceId, action: 'signed_in', subjectType: 'user', subjectId: userId.value });
  return { ok: true, session };
}

/** Issues a token for the command-line tool, after the same password check as signing in. */
export async function issueApiToken(
  scope: Scope,
  input: { email: string; password: string; label?: string | undefined },
): Promise<{ ok: true; token: { id: string; token: string; label: string; createdAt: Date } } | { ok: false; error: AppError }> {
  const userId = await checkPassword(scope, input);
  if (!userId.ok) return userId;
  const membership = await findHomeMembership(scope, userId.value);
  if (!membership) return { ok: false, error: invalidCredentials() };
  await setDatabaseContext(scope.tx, { userId: userId.value, ...membership });
  const token = newSecretToken();
  const label = input.label?.trim() || 'tandem CLI';
  const row = await repo.insertApiToken(scope.tx, { tokenHash: hashSecretToken(token), userId: userId.value, practiceId: membership.practiceId, label });
  await recordAuditEvent(scope, { actorId: userId.value, practiceId: membership.practiceId, action: 'api_token_issued', subjectType: 'api_token', subjectId: row.id });
  return { ok: true, token: { id: row.id, token, label, createdAt: row.createdAt } };
}

/** Ends the credential the request came with: the browser session, or the CLI's token. */
export async function signOut(scope: Scope): Promise<void> {
  const actor = requireActor(scope);
  if (actor.credentialKind === 'session') await repo.deleteAuthSession(scope.tx, actor.credentialId);
  else await repo.revokeApiToken(scope.tx, actor.credentialId, scope.now);
}

export async function getMe(scope: Scope): Promise<Me> {
  const actor = requireActor(scope);
  return loadMe(scope, actor.userId, actor.practiceId);
}

export async function updateMe(
  scope: Scope,
  changes: { name?: string | undefined; locale?: Locale | undefined; timeZone?: string | undefined },
): Promise<Me> {
  const actor = requireActor(scope);
  await repo.updateUser(scope.tx, actor.userId, { ...changes, name: changes.name?.trim() });
  return loadMe(scope, actor.userId, actor.practiceId);
}

/**
 * Opens a browser session in one of the person's practices, once the caller has proven who
 * they are; from here on the transaction runs as them.
 */
export async function openSession(scope: Scope, userId: string, membership: repo.MembershipRow): Promise<OpenedSession> {
  await setDatabaseContext(scope.tx, { userId, ...membership });
  const token = newSecretToken();
  const expiresAt = addDaysToInstant(scope.now, SESSION_TTL_DAYS);
  await repo.insertAuthSession(scope.tx, { tokenHash: hashSecretToken(token), userId, practiceId: membership.practiceId, expiresAt });
  return { token, expiresAt, me: await loadMe(scope, userId, membership.practiceId) };
}

async function loadMe(scope: Scope, userId: string, practiceId: string): Promise<Me> {
  const found = await repo.findMember(scope.tx, userId, practiceId);
  if (!found) throw new AppError('unauthenticated', 'Sign in to continue.');
  const { practice, role, ...user } = found;
  return { user, practice, role, locale: user.locale, timeZone: user.timeZone };
}

/** The practice someone lands in after signing in: the first they joined. */
async function findHomeMembership(scope: Scope, userId: string): Promise<repo.MembershipRow | undefined> {
  await setDatabaseContext(scope.tx, { userId, practiceId: null, role: null });
  const [membership] = await repo.listMemberships(scope.tx, userId);
  return membership;
}

async function checkPassword(
  scope: Scope,
  input: { email: string; password: string },
): Promise<{ ok: true; value: string } | { ok: false; error: AppError }> {
  const email = normalizeEmail(input.email);
  const windowStart = new Date(scope.now.getTime() - SIGN_IN_THROTTLE.windowMinutes * 60_000);
  const throttle = checkSignInThrottle(await repo.listRecentLoginAttempts(scope.tx, email, windowStart), scope.now);
  if (!throttle.allowed) {
    const retryAfterSeconds = Math.max(1, Math.ceil((throttle.retryAt.getTime() - scope.now.getTime()) / 1000));
    return {
      ok: false,
      error: new AppError('too_many_attempts', 'Too many failed sign-ins for this email. Try again later.', { retryAfterSeconds }),
    };
  }
  const login = await repo.findLogin(scope.tx, email);
  const matches = await verifyPassword(login?.passwordHash ?? (await decoyPasswordHash()), input.password);
  await repo.insertLoginAttempt(scope.tx, { email, succeeded: matches && !!login, at: scope.now });
  if (!login || !matches) return { ok: false, error: invalidCredentials() };
  return { ok: true, value: login.userId };
}

function invalidCredentials(): AppError {
  return new AppError('invalid_credentials', 'The email or password is not right.');
}
