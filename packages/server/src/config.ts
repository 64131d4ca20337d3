import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Config = {
  port: number;
  host: string;
  /** PostgreSQL; when absent, the embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  /** A PostgreSQL schema to keep Tandem's tables in, instead of the connection's default. */
  databaseSchema: string | undefined;
  /** How many connections to PostgreSQL one app server keeps at most (`TANDEM_DB_POOL`). */
  databasePool: number;
  dataDir: string;
  publicUrl: string | undefined;
  /** Seed the demo practice at start: by default only on the embedded database. */
  seedDemo: boolean;
  webDist: string;
  logLevel: string;
  trustProxy: boolean;
  /** Emails (password-reset links): the sender, and SMTP when configured, else the outbox folder. */
  mail: { from: string; outboxDir: string; smtpUrl: string | undefined };
};

export const DEFAULT_DATABASE_POOL = 10;

export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

function parsePort(value: string | undefined): number {
  const port = Number(value ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${value}"`);
  return port;
}

/**
 * The pool's size: requests beyond it wait their turn in the app server, in order. A few
 * connections per PostgreSQL core do the most work; many more only take turns on the same cores
 * (see decision 022).
 */
function parsePool(value: string | undefined): number {
  const size = Number(value ?? DEFAULT_DATABASE_POOL);
  if (!Number.isInteger(size) || size < 1 || size > 1000) throw new Error(`TANDEM_DB_POOL must be a whole number from 1 to 1000, not "${value}"`);
  return size;
}

function parseSmtpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error('TANDEM_SMTP_URL must be a URL such as smtp://user:password@mail.example.com:587');
  }
  if (!['smtp:', 'smtps:'].includes(url.protocol)) throw new Error('TANDEM_SMTP_URL must start with smtp:// or smtps://');
  return value;
}

function parseDemo(value: string | undefined, embedded: boolean): boolean {
  const setting = (value ?? 'auto').toLowerCase();
  if (!['auto', 'on', 'off'].includes(setting)) throw new Error(`TANDEM_DEMO must be auto, on or off, not "${value}"`);
  return setting === 'on' || (setting === 'auto' && embedded);
}

/** Reads the configuration from the environment; a bad value stops the start with a clear message. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  const dataDir = resolve(env.TANDEM_DATA_DIR ?? 'data');
  return {
    port: parsePort(env.PORT),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    databaseSchema: env.TANDEM_DB_SCHEMA || undefined,
    databasePool: parsePool(env.TANDEM_DB_POOL || undefined),
    dataDir,
    publicUrl: env.TANDEM_PUBLIC_URL?.replace(/\/$/, '') || undefined,
    seedDemo: parseDemo(env.TANDEM_DEMO, !databaseUrl),
    webDist: resolve(env.TANDEM_WEB_DIST ?? DEFAULT_WEB_DIST),
    logLevel: env.LOG_LEVEL ?? 'warn',
    trustProxy: env.TRUST_PROXY === 'true',
    mail: {
      from: env.TANDEM_MAIL_FROM || 'Tandem <no-reply@tandem.localhost>',
      outboxDir: resolve(env.TANDEM_OUTBOX_DIR || resolve(dataDir, 'outbox')),
      smtpUrl: parseSmtpUrl(env.TANDEM_SMTP_URL),
    },
  };
}
