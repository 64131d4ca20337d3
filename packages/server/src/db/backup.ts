// Writing and restoring backups; the file's format is in backup-file.ts (decision 013).
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupError, corrupt, linesOf, parseLine, readHeader, type BackupHeader } from './backup-file.ts';
import { quoteIdent, type Database, type Sql } from './database.ts';
import { migrateInTransaction, readMigrations } from './migrate.ts';

/** What a long backup or restore reports as it goes. */
export type BackupProgress = {
  start(totalRows: number): void;
  table(name: string, rows: number): void;
  rows(count: number): void;
  finish(): void;
};

const silent: BackupProgress = { start() {}, table() {}, rows() {}, finish() {} };
const BATCH_ROWS = 500;

type TableInfo = { name: string; orderBy: string; columns: string[]; identityColumns: string[] };

/**
 * Writes every row of every table of the database's schema to `file`, from one consistent
 * snapshot, reading past row-level security as the connecting role (a superuser or the owner
 * with BYPASSRLS). The file appears only once it is complete.
 */
export async function writeBackup(db: Database, file: string, options: { now: Date; progress?: BackupProgress }): Promise<BackupHeader> {
  const progress = options.progress ?? silent;
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const out = createWriteStream(partial, { flags: 'wx' });
  gzip.pipe(out);
  const hash = createHash('sha256');
  const writeLine = async (line: string) => {
    hash.update(`${line}\n`);
    if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
  };
  try {
    const header = await db.transaction(async (tx) => {
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      // Refuse rather than quietly skip rows that row-level security would hide.
      await tx.query("SELECT set_config('row_security', 'off', true)");
      if (!(await hasMigrationsTable(tx))) throw new BackupError({ code: 'not_migrated' });
      const migrations = (await tx.query<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id')).map((row) => row.id);
      const tables = await listTables(tx);
      const counted = [];
      for (const table of tables) {
        const [row] = await tx.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${quoteIdent(table.name)}`);
        counted.push({ name: table.name, rows: row?.count ?? 0 });
      }
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: options.now.toISOString(),
        engine: db.engine,
        migrations,
        tables: counted,
      };
      await writeLine(JSON.stringify(header));
      progress.start(counted.reduce((sum, table) => sum + table.rows, 0));
      let total = 0;
      for (const [index, table] of tables.entries()) {
        progress.table(table.name, counted[index]?.rows ?? 0);
        await writeLine(JSON.stringify({ table: table.name }));
        // A cursor reads the table once, however large, a batch at a time.
        await tx.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT to_jsonb(t)::text AS row FROM ${quoteIdent(table.name)} t ORDER BY ${table.orderBy}`);
        for (;;) {
          const rows = await tx.query<{ row: string }>(`FETCH ${BATCH_ROWS} FROM backup_rows`);
          for (const { row } of rows) await writeLine(row);
          total += rows.length;
          progress.rows(rows.length);
          if (rows.length < BATCH_ROWS) break;
        }
        await tx.query('CLOSE backup_rows');
      }
      const trailer = { end: true, rows: total, sha256: hash.copy().digest('hex') };
      gzip.end(`${JSON.stringify(trailer)}\n`);
      await finished(out);
      return header;
    });
    await rename(partial, file);
    progress.finish();
    return header;
  } catch (error) {
    gzip.destroy();
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

/**
 * Loads a backup into the database in one transaction: the backup's migrations first (an empty
 * database gets its schema), then every row, then any newer migrations this version has. A
 * database that already holds rows is refused unless `replace` is given; a file that is cut
 * short, altered, or from a newer schema is refused, and then nothing has changed.
 */
export async function restoreBackup(db: Database, file: string, options: { replace?: boolean; progress?: BackupProgress } = {}) {
  const progress = options.progress ?? silent;
  const lines = linesOf(file);
  const header = await readHeader(lines);
  const known = new Set((await readMigrations()).map((migration) => migration.id));
  const unknown = header.migrations.find((id) => !known.has(id));
  if (unknown) throw new BackupError({ code: 'newer_schema', migration: unknown });
  const hash = createHash('sha256').update(`${JSON.stringify(header)}\n`);
  const expected = new Map(header.tables.map((table) => [table.name, table.rows]));

  const applied = await db.transaction(async (tx) => {
    try {
      return await loadInto(tx);
    } finally {
      await lines.return(undefined);
    }
  });
  progress.finish();
  return { header, applied };

  async function loadInto(tx: Sql): Promise<string[]> {
    if (await hasMigrationsTable(tx)) {
      const present = (await tx.query<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id')).map((row) => row.id);
      const newer = present.find((id) => !header.migrations.includes(id));
      if (newer) throw new BackupError({ code: 'target_newer', migration: newer });
    }
    await migrateInTransaction(tx, { only: new Set(header.migrations) });
    const tables = new Map((await listTables(tx)).map((table) => [table.name, table]));
    await emptyTarget(tx, [...tables.keys()], options.replace ?? false);
    // As pg_dump's --disable-triggers: no foreign-key, append-only or summary triggers while the
    // rows go in as they were; the summaries come from the same backup.
    await tx.query("SELECT set_config('session_replication_role', 'replica', true), set_config('row_security', 'off', true)");
    progress.start(header.tables.reduce((sum, table) => sum + table.rows, 0));

    let current: TableInfo | undefined;
    let batch: string[] = [];
    const loaded = new Map<string, number>();
    const flush = async () => {
      if (!current || batch.length === 0) return;
      await insertRows(tx, current, batch);
      loaded.set(current.name, (loaded.get(current.name) ?? 0) + batch.length);
      progress.rows(batch.length);
      batch = [];
    };
    let trailer: { end: true; rows: number; sha256: string } | undefined;
    for await (const line of lines) {
      if (trailer) throw corrupt('lines after the end');
      if (line.startsWith('{"end"')) {
        trailer = parseLine(line);
        continue;
      }
      hash.update(`${line}\n`);
      if (line.startsWith('{"table"')) {
        await flush();
        const name = parseLine<{ table: string }>(line).table;
        current = tables.get(name);
        if (!current || !expected.has(name)) throw corrupt(`unknown table ${name}`);
        progress.table(name, expected.get(name) ?? 0);
        continue;
      }
      if (!current) throw corrupt('a row before any table');
      batch.push(line);
      if (batch.length >= BATCH_ROWS) await flush();
    }
    await flush();
    if (!trailer) throw new BackupError({ code: 'truncated' });
    if (trailer.sha256 !== hash.digest('hex')) throw corrupt('the checksum does not match');
    for (const [name, rows] of expected) {
      if ((loaded.get(name) ?? 0) !== rows) throw corrupt(`${name} has ${loaded.get(name) ?? 0} rows, the header says ${rows}`);
    }
    await tx.query("SELECT set_config('session_replication_role', 'origin', true)");
    for (const table of tables.values()) await restartIdentities(tx, table);
    return migrateInTransaction(tx);
  }
}

async function hasMigrationsTable(sql: Sql): Promise<boolean> {
  const [row] = await sql.query<{ found: boolean }>("SELECT to_regclass('schema_migrations') IS NOT NULL AS found");
  return row?.found ?? false;
}

/** The schema's tables (without the migrations' own), each parent before the tables that refer to it. */
async function listTables(sql: Sql): Promise<TableInfo[]> {
  const rows = await sql.query<{ name: string; keys: string[]; columns: string[]; identities: string[] }>(
    `SELECT c.relname AS name,
            ARRAY(SELECT a.attname::text FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                   WHERE i.indrelid = c.oid AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)) AS keys,
            ARRAY(SELECT a.attname::text FROM pg_attribute a
                   WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '' ORDER BY a.attnum) AS columns,
            ARRAY(SELECT a.attname::text FROM pg_attribute a
                   WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attidentity <> '' ORDER BY a.attnum) AS identities
       FROM pg_class c
      WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND c.relname <> 'schema_migrations'
      ORDER BY c.relname`,
  );
  const references = await sql.query<{ child: string; parent: string }>(
    `SELECT child.relname AS child, parent.relname AS parent
       FROM pg_constraint k JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid
      WHERE k.contype = 'f' AND k.connamespace = current_schema()::regnamespace AND k.conrelid <> k.confrelid`,
  );
  const parents = new Map<string, Set<string>>(rows.map((row) => [row.name, new Set()]));
  for (const { child, parent } of references) parents.get(child)?.add(parent);
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    if (ordered.includes(name) || visiting.has(name)) return; // a cycle (goals ⇄ revisions) is broken anywhere
    visiting.add(name);
    for (const parent of parents.get(name) ?? []) visit(parent);
    visiting.delete(name);
    ordered.push(name);
  };
  for (const row of rows) visit(row.name);
  const byName = new Map(rows.map((row) => [row.name, row]));
  return ordered.map((name) => {
    const row = byName.get(name);
    if (!row) throw new Error(`table ${name} vanished`);
    const orderBy = row.keys.length > 0 ? row.keys.map(quoteIdent).join(', ') : 'to_jsonb(t)::text';
    return { name, orderBy, columns: row.columns, identityColumns: row.identities };
  });
}

async function emptyTarget(tx: Sql, tables: string[], replace: boolean): Promise<void> {
  for (const table of tables) {
    const [row] = await tx.query<{ found: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${quoteIdent(table)}) AS found`);
    if (!row?.found) continue;
    if (!replace) throw new BackupError({ code: 'target_not_empty', table });
    await tx.exec(`TRUNCATE ${tables.map(quoteIdent).join(', ')} RESTART IDENTITY`);
    return;
  }
}

async function insertRows(tx: Sql, table: TableInfo, rows: string[]): Promise<void> {
  const columns = table.columns.map(quoteIdent).join(', ');
  try {
    await tx.query(
      `INSERT INTO ${quoteIdent(table.name)} (${columns}) OVERRIDING SYSTEM VALUE
       SELECT ${columns} FROM jsonb_populate_recordset(NULL::${quoteIdent(table.name)}, $1::jsonb)`,
      [`[${rows.join(',')}]`],
    );
  } catch (error) {
    throw corrupt(`${table.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Identity columns continue after the highest value restored. */
async function restartIdentities(tx: Sql, table: TableInfo): Promise<void> {
  for (const column of table.identityColumns) {
    await tx.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), coalesce((SELECT max(${quoteIdent(column)}) FROM ${quoteIdent(table.name)}), 0) + 1, false)`,
      [table.name, column],
    );
  }
}
