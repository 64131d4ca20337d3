// `tandem backup` and `tandem restore` move a whole database between the two engines: every row of
// every table arrives as it left (compared table by table), and a file that is cut short, altered
// or from a newer schema is refused with a clear message and changes nothing.
import { randomBytes } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { openPglite, openPostgres, readMigrations, type Database } from '@tandem/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tandem, temporaryDir } from './support.ts';

const POSTGRES_URL = process.env.TEST_DATABASE_URL;

/** Every table's rows as text, in a stable order, with instants written in UTC. */
async function snapshot(db: Database): Promise<Record<string, string[]>> {
  return db.transaction(async (tx) => {
    await tx.query("SELECT set_config('TimeZone', 'UTC', true)");
    const tables = await tx.query<{ name: string }>(
      "SELECT relname AS name FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r' ORDER BY relname",
    );
    const result: Record<string, string[]> = {};
    for (const { name } of tables) {
      const select = name === 'schema_migrations' ? 'id' : 'to_jsonb(t)::text';
      const rows = await tx.query<{ row: string }>(`SELECT ${select} AS row FROM ${name} t ORDER BY 1`);
      result[name] = rows.map((row) => row.row);
    }
    return result;
  });
}

async function snapshotOfDataDir(dir: string) {
  const db = await openPglite(dir);
  try {
    return await snapshot(db);
  } finally {
    await db.close();
  }
}

async function hasSchema(dir: string): Promise<boolean> {
  const db = await openPglite(dir);
  try {
    const [row] = await db.query<{ found: boolean }>("SELECT to_regclass('schema_migrations') IS NOT NULL AS found");
    return row?.found ?? false;
  } finally {
    await db.close();
  }
}

/** A file that is a Tandem backup with `change` applied to its lines, gzipped again. */
async function alteredCopy(file: string, target: string, change: (lines: string[]) => string[]): Promise<string> {
  const lines = gunzipSync(await readFile(file)).toString('utf8').split('\n');
  await writeFile(target, gzipSync(change(lines).join('\n')));
  return target;
}

describe('backup and restore', () => {
  let dir: string;
  let source: string;
  let file: string;
  let original: Record<string, string[]>;

  beforeAll(async () => {
    dir = await temporaryDir('backup');
    source = join(dir, 'source');
    file = join(dir, 'tandem.backup.gz');
    const seeded = await tandem(['seed-demo'], { env: { TANDEM_DATA_DIR: source } });
    expect(seeded.code, seeded.stderr).toBe(0);
    // More rows than one batch, so that tables are read and written in several.
    const db = await openPglite(source);
    await db.query(
      `INSERT INTO login_attempts (email, succeeded, at)
       SELECT 'bulk' || g || '@example.test', g % 2 = 0, timestamptz '2026-03-01T00:00:00Z' - g * interval '1 minute' FROM generate_series(1, 1234) AS g`,
    );
    await db.close();
    original = await snapshotOfDataDir(source);
  }, 120_000);

  it('backs the embedded database up into one file, table by table, and will not overwrite it', async () => {
    const run = await tandem(['backup', file], { env: { TANDEM_DATA_DIR: source } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Backed up \d+ rows of \d+ tables to .*tandem\.backup\.gz\./);
    expect(run.stdout).toContain(`Schema: ${(await readMigrations()).at(-1)?.id}`);
    expect(run.stderr).toMatch(/→ goals \(\d+ rows\)/);
    expect((await stat(file)).size).toBeGreaterThan(1000);
    const again = await tandem(['backup', file], { env: { TANDEM_DATA_DIR: source, TANDEM_LOCALE: 'lv' } });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('jau ir; izvēlieties citu nosaukumu vai pievienojiet --force');
  }, 120_000);

  it('restores it into a new embedded database with every row as it was', async () => {
    const target = join(dir, 'copy');
    const run = await tandem(['restore', file], { env: { TANDEM_DATA_DIR: target } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Restored \d+ rows of \d+ tables/);
    expect(await snapshotOfDataDir(target)).toEqual(original);
    // Identity columns continue after the highest value restored.
    const db = await openPglite(target);
    const [seq] = await db.query<{ next: number; highest: number }>(
      "SELECT nextval(pg_get_serial_sequence('commitments', 'seq')) AS next, (SELECT max(seq) FROM commitments) AS highest",
    );
    await db.close();
    expect(seq?.highest).toBeGreaterThan(0);
    expect(seq?.next).toBe((seq?.highest ?? 0) + 1);
  }, 120_000);

  it('refuses a database that holds data unless told to replace it', async () => {
    const run = await tandem(['restore', file], { env: { TANDEM_DATA_DIR: source } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/the database already holds data \(\w+\); add --replace to overwrite it\. Nothing was changed\./);
    const replaced = await tandem(['restore', file, '--replace'], { env: { TANDEM_DATA_DIR: source } });
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(await snapshotOfDataDir(source)).toEqual(original);
  }, 120_000);

  it('refuses a file cut short, and leaves the database as it was (empty)', async () => {
    const bytes = await readFile(file);
    const cut = join(dir, 'cut.backup.gz');
    await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const target = join(dir, 'after-cut');
    const run = await tandem(['restore', cut], { env: { TANDEM_DATA_DIR: target } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('the backup file is cut short (incomplete copy?); nothing was changed.');
    expect(await hasSchema(target)).toBe(false);
  }, 120_000);

  it('refuses an altered file (the checksum no longer matches), a newer schema, and a file that is no backup', async () => {
    const target = join(dir, 'after-altered');
    const altered = await alteredCopy(file, join(dir, 'altered.backup.gz'), (lines) =>
      lines.map((line) => line.replace('"Ozola Coaching"', '"Someone Else"')),
    );
    const run = await tandem(['restore', altered], { env: { TANDEM_DATA_DIR: target } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('the backup file is damaged (the checksum does not match); nothing was changed.');
    expect(await hasSchema(target)).toBe(false);

    const future = await alteredCopy(file, join(dir, 'future.backup.gz'), ([header = '', ...rest]) => {
      const parsed = JSON.parse(header);
      return [JSON.stringify({ ...parsed, migrations: [...parsed.migrations, '9999_from_the_future'] }), ...rest];
    });
    const newer = await tandem(['restore', future], { env: { TANDEM_DATA_DIR: target, TANDEM_LOCALE: 'lv' } });
    expect(newer.code).toBe(1);
    expect(newer.stderr).toContain('rezerves kopija ir no jaunākas Tandem versijas (migrācija 9999_from_the_future)');

    const text = join(dir, 'notes.txt');
    await writeFile(text, 'not a backup at all');
    const other = await tandem(['restore', text], { env: { TANDEM_DATA_DIR: target } });
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('this is not a Tandem backup file.');
    expect(await hasSchema(target)).toBe(false);
  }, 120_000);

  describe.runIf(POSTGRES_URL)('across engines', () => {
    const name = `tandem_backup_test_${randomBytes(5).toString('hex')}`;
    let databaseUrl: string;

    /** Runs one statement as the test server's superuser, outside any transaction. */
    async function admin(statement: string): Promise<void> {
      const db = await openPostgres({ connectionString: POSTGRES_URL ?? '', maxConnections: 1 });
      try {
        await db.exec(statement);
      } finally {
        await db.close();
      }
    }

    beforeAll(async () => {
      await admin(`CREATE DATABASE ${name}`);
      const url = new URL(POSTGRES_URL ?? '');
      url.pathname = `/${name}`;
      databaseUrl = url.toString();
    });
    afterAll(async () => {
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    });

    it('moves the embedded database into a fresh PostgreSQL database, every row as it was', async () => {
      const run = await tandem(['restore', file], { env: { DATABASE_URL: databaseUrl } });
      expect(run.code, run.stderr).toBe(0);
      const { username, host } = new URL(databaseUrl);
      expect(run.stdout).toContain(`PostgreSQL at postgres://${username}@${host}/${name}`);
      const db = await openPostgres({ connectionString: databaseUrl, maxConnections: 1 });
      try {
        expect(await snapshot(db)).toEqual(original);
      } finally {
        await db.close();
      }
    }, 120_000);

    it('moves it back from PostgreSQL into a new embedded database, every row as it was', async () => {
      const fromPostgres = join(dir, 'from-postgres.backup.gz');
      const backedUp = await tandem(['backup', fromPostgres], { env: { DATABASE_URL: databaseUrl } });
      expect(backedUp.code, backedUp.stderr).toBe(0);
      const target = join(dir, 'from-postgres');
      const restored = await tandem(['restore', fromPostgres], { env: { TANDEM_DATA_DIR: target } });
      expect(restored.code, restored.stderr).toBe(0);
      expect(await snapshotOfDataDir(target)).toEqual(original);
    }, 120_000);
  });
});
