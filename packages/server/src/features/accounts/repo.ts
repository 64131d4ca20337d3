import type { Locale, Role } from '@tandem/core';
import type { Actor } from '../../context.ts';
import type { Sql } from '../../db/database.ts';

export type UserRow = { id: string; email: string; name: string; locale: Locale; timeZone: string };
export type MembershipRow = { practiceId: string; role: Role };

const USER_COLUMNS = `id, email, name, locale, time_zone AS "timeZone"`;

export async function insertPractice(sql: Sql, practice: { id: string; name: string }): Promise<void> {
  await sql.query('INSERT INTO practices (id, name) VALUES ($1, $2)', [practice.id, practice.name]);
}

export async function insertUser(
  sql: Sql,
  user: { id: string; email: string; name: string; passwordHash: string; locale: Locale; timeZone: string },
): Promise<void> {
  await sql.query(
    'INSERT INTO users (id, email, name, password_hash, locale, time_zone) VALUES ($1, $2, $3, $4, $5, $6)',
    [user.id, user.email, user.name, user.passwordHash, user.locale, user.timeZone],
  );
}

export async function insertMembership(sql: Sql, membership: { practiceId: string; userId: string; role: Role }) {
  await sql.query('INSERT INTO memberships (practice_id, user_id, role) VALUES ($1, $2, $3)', [
    membership.practiceId,
    membership.userId,
    membership.role,
  ]);
}

export async function updateUser(
  sql: Sql,
  userId: string,
  changes: { name?: string | undefined; locale?: Locale | undefined; timeZone?: string | undefined },
): Promise<UserRow | undefined> {
  const [row] = await sql.query<UserRow>(
    `UPDATE users SET name = coalesce($2, name), locale = coalesce($3, locale), time_zone = coalesce($4, time_zone)
      WHERE id = $1 RETURNING ${USER_COLUMNS}`,
    [userId, changes.name ?? null, changes.locale ?? null, changes.timeZone ?? null],
  );
  return row;
}

/** The practices a person belongs to, the oldest membership first. */
export async function listMemberships(sql: Sql, userId: string): Promise<MembershipRow[]> {
  return sql.query<MembershipRow>(
    `SELECT practice_id AS "practiceId", role FROM memberships WHERE user_id = $1 ORDER BY created_at, id`,
    [userId],
  );
}

/** A person as a member of one practice: their account, the practice, and their role in it. */
export async function findMember(
  sql: Sql,
  userId: string,
  practiceId: string,
): Promise<(UserRow & { practice: { id: string; name: string }; role: Role }) | undefined> {
  const [row] = await sql.query<UserRow & { practiceName: string; role: Role }>(
    `SELECT u.id, u.email, u.name, u.locale, u.time_zone AS "timeZone", p.name AS "practiceName", m.role
       FROM users u
       JOIN memberships m ON m.user_id = u.id AND m.practice_id = $2
       JOIN practices p ON p.id = m.practice_id
      WHERE u.id = $1`,
    [userId, practiceId],
  );
  if (!row) return undefined;
  const { practiceName, role, ...user } = row;
  return { ...user, practice: { id: practiceId, name: practiceName }, role };
}

export async function findLogin(sql: Sql, email: string): Promise<{ userId: string; passwordHash: string } | undefined> {
  const [row] = await sql.query<{ userId: string; passwordHash: string }>(
    'SELECT user_id AS "userId", password_hash AS "passwordHash" FROM tandem_find_login($1)',
    [email],
  );
  return row;
}

/**
 * Whether an address belongs to an account, and whether that account is a member of any
 * practice: 'former' is a coach removed from their practice (migration 0033).
 */
export type AccountStanding = 'none' | 'member' | 'former';

export async function findAccountStanding(sql: Sql, email: string): Promise<AccountStanding> {
  const [row] = await sql.query<{ standing: AccountStanding }>('SELECT tandem_account_standing($1) AS standing', [email]);
  return row?.standing ?? 'none';
}

/** Whose a credential is: the actor of every request that carries it. */
export type Credential = Actor;

/**
 * Starts a unit of work as the holder of a credential, in one round trip: switches the
 * transaction to the role tandem_app, finds whose credential it is, and tells row-level security
 * who is asking. With no (or an unknown) credential, the work runs as nobody.
 */
export async function enterAs(sql: Sql, tokenHash: string | null, now: Date): Promise<Credential | undefined> {
  const [row] = await sql.query<Credential & { userId: string | null }>(
    `SELECT set_config('role', 'tandem_app', true) AS "sqlRole",
            c.user_id AS "userId", c.practice_id AS "practiceId", c.role, c.credential_id AS "credentialId",
            c.credential_kind AS "credentialKind", c.locale, c.time_zone AS "timeZone",
            set_config('tandem.user_id', coalesce(c.user_id::text, ''), true) AS "contextUser",
            set_config('tandem.practice_id', coalesce(c.practice_id::text, ''), true) AS "contextPractice",
            set_config('tandem.role', coalesce(c.role, ''), true) AS "contextRole"
       FROM (VALUES (1)) AS one (x) LEFT JOIN LATERAL tandem_resolve_credential($1, $2) c ON true`,
    [tokenHash, now],
  );
  if (!row?.userId) return undefined;
  const { userId, practiceId, role, credentialId, credentialKind, locale, timeZone } = row;
  return { userId, practiceId, role, credentialId, credentialKind, locale, timeZone };
}

export async function insertAuthSession(
  sql: Sql,
  session: { tokenHash: string; userId: string; practiceId: string; expiresAt: Date },
): Promise<void> {
  await sql.query('INSERT INTO auth_sessions (token_hash, user_id, practice_id, expires_at) VALUES ($1, $2, $3, $4)', [
    session.tokenHash,
    session.userId,
    session.practiceId,
    session.expiresAt,
  ]);
}

export async function deleteAuthSession(sql: Sql, sessionId: string): Promise<void> {
  await sql.query('DELETE FROM auth_sessions WHERE id = $1', [sessionId]);
}

export async function insertApiToken(
  sql: Sql,
  token: { tokenHash: string; userId: string; practiceId: string; label: string },
): Promise<{ id: string; createdAt: Date }> {
  const [row] = await sql.query<{ id: string; createdAt: Date }>(
    `INSERT INTO api_tokens (token_hash, user_id, practice_id, label) VALUES ($1, $2, $3, $4)
     RETURNING id, created_at AS "createdAt"`,
    [token.tokenHash, token.userId, token.practiceId, token.label],
  );
  if (!row) throw new Error('INSERT ... RETURNING returned no row');
  return row;
}

export async function revokeApiToken(sql: Sql, tokenId: string, now: Date): Promise<void> {
  await sql.query('UPDATE api_tokens SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL', [tokenId, now]);
}

export async function findPasswordHash(sql: Sql, userId: string): Promise<string | undefined> {
  const [row] = await sql.query<{ passwordHash: string }>('SELECT password_hash AS "passwordHash" FROM users WHERE id = $1', [userId]);
  return row?.passwordHash;
}

export async function updatePasswordHash(sql: Sql, userId: string, passwordHash: string): Promise<void> {
  await sql.query('UPDATE users SET password_hash = $2 WHERE id = $1', [userId, passwordHash]);
}

/** Ends every session of a person but `exceptId`; returns how many ended. */
export async function deleteAuthSessionsOf(sql: Sql, userId: string, exceptId: string | null): Promise<number> {
  const rows = await sql.query<{ id: string }>(
    'DELETE FROM auth_sessions WHERE user_id = $1 AND id IS DISTINCT FROM $2 RETURNING id',
    [userId, exceptId],
  );
  return rows.length;
}

/** Revokes every live API token of a person but `exceptId`; returns how many. */
export async function revokeApiTokensOf(sql: Sql, userId: string, exceptId: string | null, now: Date): Promise<number> {
  const rows = await sql.query<{ id: string }>(
    'UPDATE api_tokens SET revoked_at = $3 WHERE user_id = $1 AND id IS DISTINCT FROM $2 AND revoked_at IS NULL RETURNING id',
    [userId, exceptId, now],
  );
  return rows.length;
}
