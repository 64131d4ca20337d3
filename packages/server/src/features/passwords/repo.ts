import type { Locale } from '@tandem/core';
import type { Sql } from '../../db/database.ts';

export async function insertPasswordReset(sql: Sql, reset: { userId: string; tokenHash: string; createdAt: Date; expiresAt: Date }): Promise<string> {
  const [row] = await sql.query<{ id: string }>(
    'INSERT INTO password_resets (user_id, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4) RETURNING id',
    [reset.userId, reset.tokenHash, reset.createdAt, reset.expiresAt],
  );
  if (!row) throw new Error('INSERT ... RETURNING returned no row');
  return row.id;
}

/** The reset a link's token unlocks, found before anyone is known (a security-definer look-up). */
export async function findPasswordReset(
  sql: Sql,
  tokenHash: string,
): Promise<{ id: string; userId: string; expiresAt: Date; usedAt: Date | null } | undefined> {
  const [row] = await sql.query<{ id: string; userId: string; expiresAt: Date; usedAt: Date | null }>(
    'SELECT id, user_id AS "userId", expires_at AS "expiresAt", used_at AS "usedAt" FROM tandem_find_password_reset($1)',
    [tokenHash],
  );
  return row;
}

/** Marks a reset used; false when another request used it first. */
export async function useResetOnce(sql: Sql, resetId: string, now: Date): Promise<boolean> {
  const rows = await sql.query<{ id: string }>('UPDATE password_resets SET used_at = $2 WHERE id = $1 AND used_at IS NULL RETURNING id', [resetId, now]);
  return rows.length === 1;
}

/** Whom a reset email goes to, in their language (the transaction acts as them). */
export async function findRecipient(sql: Sql, userId: string): Promise<{ name: string; email: string; locale: Locale } | undefined> {
  const [row] = await sql.query<{ name: string; email: string; locale: Locale }>('SELECT name, email, locale FROM users WHERE id = $1', [userId]);
  return row;
}
