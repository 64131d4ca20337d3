import { randomUUID } from 'node:crypto';
import { addDaysToInstant, DEFAULT_LOCALE, DEFAULT_TIME_ZONE, SESSION_TTL_DAYS, type Locale, type Role } from '@tandem/core';
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

/** The account with this email, if any (the API never reveals whether there is one). */
export async function findAccountId(scope: Scope, email: string): Promise<string | undefined> {
  return (await repo.findLogin(scope.tx, normalizeEmail(email)))?.userId;
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
  await endPresentedSession(scope);
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
 * Ends the browser session a sign-in or sign-up request arrived with, whoever's it is, before a
 * new one opens: a session token planted in someone's browser (session fixation) dies the moment
 * they sign in. Runs while the transaction still acts as that session's holder.
 */
export async function endPresentedSession(scope: Scope): Promise<void> {
  if (scope.actor?.credentialKind === 'session') await repo.deleteAuthSession(scope.tx, scope.actor.credentialId);
}

/**
 * Refuses an email that already has an account (409, naming `email`): a person has one account.
 * With `former: 'welcome'`, an account in no practice (a coach who was removed) is let through,
 * to be invited back as a coach (decision 036).
 */
export async function refuseTakenEmail(scope: Scope, email: string, options: { former?: 'welcome' } = {}): Promise<void> {
  const standing = await repo.findAccountStanding(scope.tx, email);
  if (standing === 'member' || (standing === 'former' && options.former !== 'welcome')) {
    throw new AppError('email_taken', 'An account with this email already exists.', {
      errors: [{ path: 'email', message: 'An account with this email already exists.', code: 'email_taken' }],
    });
  }
}

/** Whether the email is that of an account in no practice: a coach who was removed, who may be invited back. */
export async function isFormerMember(scope: Scope, email: string): Promise<boolean> {
  return (await repo.findAccountStanding(scope.tx, email)) === 'former';
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
  await refuseTakenEmail(scope, email);
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

/**
 * The practice someone lands in after signing in: the first they joined. From here on the
 * transaction acts as them (in no practice yet).
 */
export async function findHomeMembership(scope: Scope, userId: string): Promise<repo.MembershipRow | undefined> {
  await setDatabaseContext(scope.tx, { userId, practiceId: null, role: null });
  const [membership] = await repo.listMemberships(scope.tx, userId);
  return membership;
}

/** Whether `password` is the signed-in person's password. */
export async function isOwnPassword(scope: Scope, password: string): Promise<boolean> {
  const actor = requireActor(scope);
  return verifyPassword((await repo.findPasswordHash(scope.tx, actor.userId)) ?? (await decoyPasswordHash()), password);
}

/** Replaces a person's password (the transaction acts as them). */
export async function setPassword(scope: Scope, userId: string, password: string): Promise<void> {
  await repo.updatePasswordHash(scope.tx, userId, await hashPassword(password));
}

/**
 * Ends a person's browser sessions and revokes their API tokens, in every practice, except the
 * credential `keep` (the one the request came with, when it should stay signed in).
 */
export async function endCredentialsOf(
  scope: Scope,
  userId: string,
  keep: { credentialId: string } | undefined,
): Promise<{ sessionsEnded: number; tokensRevoked: number }> {
  const sessionsEnded = await repo.deleteAuthSessionsOf(scope.tx, userId, keep?.credentialId ?? null);
  const tokensRevoked = await repo.revokeApiTokensOf(scope.tx, userId, keep?.credentialId ?? null, scope.now);
  return { sessionsEnded, tokensRevoked };
}
