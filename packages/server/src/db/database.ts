import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

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
// (a Date would shift them through the server's time zone), numerics and bigints become numbers.
const DATE_OID = 1082;
const NUMERIC_OID = 1700;
const INT8_OID = 20;

function keepDateAsText(value: string): string {
  return value;
}

export async function openPglite(dataDir?: string): Promise<Database> {
  const db = await PGlite.create(dataDir, {
    parsers: {
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
  maxConnections?: number;
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
    max: options.maxConnections ?? 10,
    types: typeParsers,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle connection that the server drops must not bring the process down.
  pool.on('error', () => {});
  const run = async <Row>(client: pg.Pool | pg.PoolClient, text: string, params?: readonly unknown[]) =>
    (await client.query(text, params ? [...params] : undefined)).rows as Row[];
  return {
    engine: 'postgres',
    query: (text, params) => run(pool, text, params),
    exec: async (script) => void (await pool.query(script)),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({
          query: (text, params) => run(client, text, params),
          exec: async (script) => void (await client.query(script)),
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

function isDuplicateObject(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === '23505' || code === '42P06';
}

export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe SQL identifier: ${name}`);
  return `"${name}"`;
}

export type DatabaseConfig = { databaseUrl?: string; dataDir?: string; schema?: string };

/** Opens PostgreSQL when a URL is given, otherwise PGlite (in `dataDir`, or in memory). */
export function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.databaseUrl
    ? openPostgres({ connectionString: config.databaseUrl, schema: config.schema })
    : openPglite(config.dataDir);
}
