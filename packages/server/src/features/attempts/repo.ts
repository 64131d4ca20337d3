import type { Sql } from '../../db/database.ts';

/** What an attempt was: signing in (a password or a second factor), or asking for a reset link. */
export type AttemptKind = 'sign_in' | 'password_reset';

export async function listRecentAttempts(sql: Sql, email: string, kind: AttemptKind, since: Date) {
  return sql.query<{ at: Date; succeeded: boolean }>(
    'SELECT at, succeeded FROM login_attempts WHERE email = $1 AND kind = $2 AND at > $3 ORDER BY at',
    [email, kind, since],
  );
}

export async function insertAttempt(sql: Sql, attempt: { email: string; kind: AttemptKind; succeeded: boolean; at: Date }) {
  await sql.query('INSERT INTO login_attempts (email, kind, succeeded, at) VALUES ($1, $2, $3, $4)', [
    attempt.email,
    attempt.kind,
    attempt.succeeded,
    attempt.at,
  ]);
}
