import type { Sql } from '../../db/database.ts';

export type TwoFactorRow = { secret: string | null; enabledAt: Date | null; lastUsedStep: number | null };

export async function findTwoFactor(sql: Sql, userId: string): Promise<TwoFactorRow | undefined> {
  const [row] = await sql.query<TwoFactorRow>(
    `SELECT secret, enabled_at AS "enabledAt", last_used_step AS "lastUsedStep" FROM two_factor_credentials WHERE user_id = $1`,
    [userId],
  );
  return row;
}

/** A new secret awaiting its first code; any earlier unconfirmed one is replaced. */
export async function savePendingSecret(sql: Sql, userId: string, secret: string, now: Date): Promise<void> {
  await sql.query(
    `INSERT INTO two_factor_credentials (user_id, secret, enabled_at, last_used_step, updated_at) VALUES ($1, $2, NULL, NULL, $3)
     ON CONFLICT (user_id) DO UPDATE SET secret = excluded.secret, enabled_at = NULL, last_used_step = NULL, updated_at = excluded.updated_at`,
    [userId, secret, now],
  );
}

export async function enableTwoFactor(sql: Sql, userId: string, step: number, now: Date): Promise<void> {
  await sql.query('UPDATE two_factor_credentials SET enabled_at = $2, last_used_step = $3, updated_at = $2 WHERE user_id = $1', [userId, now, step]);
}

/** Remembers the step of the code just accepted, so that the same code is refused next time. */
export async function saveLastUsedStep(sql: Sql, userId: string, step: number, now: Date): Promise<void> {
  await sql.query('UPDATE two_factor_credentials SET last_used_step = $2, updated_at = $3 WHERE user_id = $1', [userId, step, now]);
}

export async function disableTwoFactor(sql: Sql, userId: string, now: Date): Promise<void> {
  await sql.query(
    'UPDATE two_factor_credentials SET secret = NULL, enabled_at = NULL, last_used_step = NULL, updated_at = $2 WHERE user_id = $1',
    [userId, now],
  );
}

export async function insertRecoveryCodes(sql: Sql, userId: string, codeHashes: readonly string[], now: Date): Promise<void> {
  await sql.query(
    `INSERT INTO recovery_codes (user_id, code_hash, created_at) SELECT $1, hash, $3 FROM unnest($2::text[]) AS hash`,
    [userId, codeHashes, now],
  );
}

export async function retireRecoveryCodes(sql: Sql, userId: string, now: Date): Promise<void> {
  await sql.query('UPDATE recovery_codes SET retired_at = $2 WHERE user_id = $1 AND used_at IS NULL AND retired_at IS NULL', [userId, now]);
}

export async function listUsableRecoveryCodes(sql: Sql, userId: string): Promise<{ id: string; codeHash: string }[]> {
  return sql.query<{ id: string; codeHash: string }>(
    `SELECT id, code_hash AS "codeHash" FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL AND retired_at IS NULL ORDER BY created_at, id`,
    [userId],
  );
}

/** Marks a recovery code used; false when another request used it first. */
export async function useRecoveryCode(sql: Sql, codeId: string, now: Date): Promise<boolean> {
  const rows = await sql.query<{ id: string }>('UPDATE recovery_codes SET used_at = $2 WHERE id = $1 AND used_at IS NULL RETURNING id', [codeId, now]);
  return rows.length === 1;
}

export async function findEmailOf(sql: Sql, userId: string): Promise<string | undefined> {
  const [row] = await sql.query<{ email: string }>('SELECT email FROM users WHERE id = $1', [userId]);
  return row?.email;
}

export async function findPasswordHashOf(sql: Sql, userId: string): Promise<string | undefined> {
  const [row] = await sql.query<{ passwordHash: string }>('SELECT password_hash AS "passwordHash" FROM users WHERE id = $1', [userId]);
  return row?.passwordHash;
}
