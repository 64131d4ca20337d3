import { createHash } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { DEFAULT_DATABASE_POOL } from '../config.ts';

/** Anything that runs SQL: a transaction, or the database outside one. */
export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
}

/**
 * The one database of a Tandem deployment: PGlite embedded in the process, or a PostgreSQL
 * server shared by any number of app servers. Both speak the same SQL; the rest of the code
 * never knows which it has.
 */
export interface Database extends Sql {
  readonly engine: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

// Both engines hand rows back in the same shapes: calendar dates stay 'YYYY-MM-DD' strings
// (a Date would shift them through the server's time zone), numerics and bigints become numbers,
// bytea a Buffer (pg's own; PGlite's would be a bare Uint8Array).
const BYTEA_OID = 17;
const DATE_OID = 1082;
const NUMERIC_OID = 1700;
const INT8_OID = 20;

function keepDateAsText(value: string): string {
  return value;
}

export async function openPglite(dataDir?: string): Promise<Database> {
  const db = await PGlite.create(dataDir, {
    parsers: {
      // In text form bytea is '\x' and hex digits.
      [BYTEA_OID]: (value: string) => Buffer.from(value.slice(2), 'hex'),
      [DATE_OID]: keepDateAsText,
      [NUMERIC_OID]: (value: string) => Number(value),
      [INT8_OID]: (value: string) => Number(value),
    },
  });
  const run = async <Row>(sql: Pick<PGlite, 'query'>, text: string, params?: readonly unknown[]) =>
    (await sql.query<Row>(text, params ? [...params] : undefined)).rows;
  return {
    engine: 'pglite',
    query: (text, params) => run(db, text, params),
    exec: async (script) => void (await db.exec(script)),
    // PGlite has one connection: its transaction() queues callers, which keeps transactions
    // of concurrent requests from interleaving.
    transaction: (work) =>
      db.transaction((tx) =>
        work({ query: (text, params) => run(tx, text, params), exec: async (script) => void (await tx.exec(script)) }),
      ),
    close: () => db.close(),
  };
}

export type PostgresOptions = {
  connectionString: string;
  /** A schema to work in, created if missing (tests give each file its own). */
  schema?: string;
  /** The pool's size (`DEFAULT_DATABASE_POOL` unless said): see `TANDEM_DB_POOL` in config.ts. */
  maxConnections?: number | undefined;
};

export async function openPostgres(options: PostgresOptions): Promise<Database> {
  const typeParsers = {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (oid === DATE_OID) return keepDateAsText;
      if (oid === NUMERIC_OID || oid === INT8_OID) return (value: string) => Number(value);
      return pg.types.getTypeParser(oid, format);
    },
  };
  if (options.schema) {
    const admin = new pg.Client({ connectionString: options.connectionString });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(options.schema)}`);
    } catch (error) {
      // Another app server starting at the same moment created it first: just as good.
      if (!isDuplicateObject(error)) throw error;
    } finally {
      await admin.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? DEFAULT_DATABASE_POOL,
    // While PostgreSQL is away a request fails within seconds (503) instead of waiting forever.
    connectionTimeoutMillis: 5_000,
    types: typeParsers,
    // Tandem's statements are short reads and writes of one practice: compiling them to machine
    // code (JIT, meant for long analytic queries) would cost more than it saves. Each prepared
    // statement keeps one generic plan (decision 018): left to choose, PostgreSQL planned the
    // busiest reads afresh at every request, which cost more than running them.
    options: ['-c jit=off', '-c plan_cache_mode=force_generic_plan', ...(options.schema ? [`-c search_path=${options.schema}`] : [])].join(' '),
  });
  // An idle connection that the server drops must not bring the process down.
  pool.on('error', () => {});
  const run = async <Row>(client: pg.Pool | pg.PoolClient, text: string, params?: readonly unknown[]) =>
    (await client.query({ name: statementName(text), text, values: params ? [...params] : undefined })).rows as Row[];
  return {
    engine: 'postgres',
    query: (text, params) => run(pool, text, params),
    exec: async (script) => void (await pool.query(script)),
    async transaction(work) {
      const client = await pool.connect();
      let broken: Error | undefined;
      // A lent connection that PostgreSQL drops between two statements (a crash, a restart) says
      // so by an event, not through a query: without a listener that event would end the
      // process. Kept instead, so that the pool drops the connection when it comes back.
      const onError = (error: Error) => {
        broken ??= error;
      };
      client.on('error', onError);
      // BEGIN travels with the transaction's first statement, in one round trip (see openingBatch).
      let begun = false;
      const query = async <Row>(text: string, params?: readonly unknown[]): Promise<Row[]> => {
        if (begun) return run<Row>(client, text, params);
        begun = true;
        const batch = openingBatch(client, text, params);
        if (batch === undefined) {
          await client.query('BEGIN');
          return run<Row>(client, text, params);
        }
        const results = (await client.query(batch)) as unknown as pg.QueryResult[];
        return (results.at(-1)?.rows ?? []) as Row[];
      };
      try {
        const result = await work({
          query,
          exec: async (script) => {
            if (!begun) await client.query('BEGIN');
            begun = true;
            await client.query(script);
          },
        });
        if (begun) await client.query('COMMIT');
        return result;
      } catch (error) {
        // A connection that cannot even roll back is broken (the server went away): the pool
        // drops it instead of lending it to the next request.
        if (begun) broken = await client.query('ROLLBACK').then(() => undefined, (rollbackError: Error) => rollbackError);
        // So is one whose prepared statements a migration outdated (a column changed type while
        // this server ran): PostgreSQL refuses them for as long as the connection lives. A new
        // connection prepares them afresh, so only this request fails.
        if (isOutdatedPlan(error)) broken ??= error as Error;
        throw error;
      } finally {
        client.off('error', onError);
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}

function isOutdatedPlan(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string };
  return code === '0A000' && message === 'cached plan must not change result type';
}

function isDuplicateObject(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === '23505' || code === '42P06';
}

export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe SQL identifier: ${name}`);
  return `"${name}"`;
}

export type DatabaseConfig = { databaseUrl?: string; dataDir?: string; schema?: string; maxConnections?: number | undefined };

/** Opens PostgreSQL when a URL is given, otherwise PGlite (in `dataDir`, or in memory). */
export function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.databaseUrl
    ? openPostgres({ connectionString: config.databaseUrl, schema: config.schema, maxConnections: config.maxConnections })
    : openPglite(config.dataDir);
}

/**
 * `BEGIN` and a transaction's first statement as one simple-protocol batch: one round trip
 * instead of two for every request (its first statement says who is asking). Only when every
 * parameter is a scalar that PostgreSQL's own quoting turns into a literal; otherwise undefined,
 * and the two go separately.
 */
function openingBatch(client: pg.PoolClient, text: string, params?: readonly unknown[]): string | undefined {
  const literals: string[] = [];
  for (const value of params ?? []) {
    if (value === null || value === undefined) literals.push('NULL');
    else if (typeof value === 'string') literals.push(client.escapeLiteral(value));
    else if (value instanceof Date) literals.push(client.escapeLiteral(value.toISOString()));
    else if (typeof value === 'number' && Number.isFinite(value)) literals.push(String(value));
    else if (typeof value === 'boolean') literals.push(value ? 'TRUE' : 'FALSE');
    else return undefined;
  }
  let missing = false;
  const statement = text.replace(/\$(\d+)/g, (_, index: string) => literals[Number(index) - 1] ?? ((missing = true), ''));
  return missing ? undefined : `BEGIN; ${statement}`;
}

/**
 * Each distinct query text is prepared once per connection and its plan reused, instead of being
 * parsed and planned on every request: at Tandem's sizes planning costs as much as running. The
 * texts are the app's own (parameters never go into them), so there are a few hundred at most;
 * past a cap, further texts run unprepared rather than grow every connection without bound.
 * PostgreSQL re-plans a prepared statement by itself when a migration changes a table it uses,
 * and plans row-level security per role, so a reused plan never bypasses a policy.
 */
const MAX_PREPARED_TEXTS = 1000;
const statementNames = new Map<string, string>();

function statementName(text: string): string | undefined {
  const known = statementNames.get(text);
  if (known !== undefined || statementNames.size >= MAX_PREPARED_TEXTS) return known;
  const name = `tandem_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
  statementNames.set(text, name);
  return name;
}
