import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Database, Sql } from './database.ts';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/**
 * One lock for every migration run on a database, whichever schema it works in: app servers
 * started together wait for each other, and the cluster-wide role is created only once.
 */
const MIGRATION_LOCK_KEY = 7_356_110_001;

export type MigrationFile = { id: string; sql: string };

export async function readMigrations(): Promise<MigrationFile[]> {
  const names = (await readdir(MIGRATIONS_DIR)).filter((name) => /^\d{4}_[a-z0-9_]+\.sql$/.test(name)).sort();
  return Promise.all(
    names.map(async (name) => ({ id: name.replace(/\.sql$/, ''), sql: await readFile(MIGRATIONS_DIR + name, 'utf8') })),
  );
}

/**
 * Applies the migrations not yet applied, in order, in one transaction under an advisory lock.
 * Returns the ids it applied (none when the schema is current).
 */
export async function migrate(db: Database): Promise<string[]> {
  return db.transaction((tx) => migrateInTransaction(tx));
}

/**
 * The same inside a transaction the caller runs (a restore loads its rows between two runs),
 * limited to the migrations named in `only` when given.
 */
export async function migrateInTransaction(tx: Sql, options: { only?: ReadonlySet<string> } = {}): Promise<string[]> {
  const only = options.only;
  const migrations = (await readMigrations()).filter((migration) => only === undefined || only.has(migration.id));
  await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
  await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id text PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const done = new Set((await tx.query<{ id: string }>('SELECT id FROM schema_migrations')).map((row) => row.id));
  const pending = migrations.filter((migration) => !done.has(migration.id));
  for (const migration of pending) {
    await tx.exec(migration.sql);
    await tx.query('INSERT INTO schema_migrations (id) VALUES ($1)', [migration.id]);
  }
  if (pending.length > 0) await grantAppRole(tx);
  return pending.map((migration) => migration.id);
}

/**
 * The request role may read and write every table but delete only credentials: rows that
 * people write are archived or superseded, never deleted by the product. Of the emails waiting
 * to be sent it may write new ones and read only whether they went out, not what they say
 * (migration 0039): the servers send them as the migration role.
 */
async function grantAppRole(tx: Sql): Promise<void> {
  await tx.exec(`DO $$
    BEGIN
      EXECUTE format('GRANT USAGE ON SCHEMA %I TO tandem_app', current_schema());
      EXECUTE format('GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA %I TO tandem_app', current_schema());
      EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO tandem_app', current_schema());
      EXECUTE format('REVOKE ALL ON %I.schema_migrations FROM tandem_app', current_schema());
      EXECUTE format('GRANT DELETE ON %I.auth_sessions TO tandem_app', current_schema());
      IF to_regclass(format('%I.outgoing_emails', current_schema())) IS NOT NULL THEN
        EXECUTE format('REVOKE SELECT, UPDATE ON %I.outgoing_emails FROM tandem_app', current_schema());
        EXECUTE format('GRANT SELECT (id, practice_id, about_type, about_id, created_at, attempts, sent_at, gave_up_at, cancelled_at) ON %I.outgoing_emails TO tandem_app', current_schema());
      END IF;
    END
  $$`);
}
