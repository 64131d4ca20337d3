import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.ts';
import { openPglite, openPostgres } from '../src/db/database.ts';
import { migrate, readMigrations } from '../src/db/migrate.ts';
import { startServer } from '../src/server.ts';

describe('migrations on PGlite', () => {
  it('apply once, in order, and a second run applies nothing', async () => {
    const db = await openPglite();
    const all = (await readMigrations()).map((migration) => migration.id);
    expect(all[0]).toBe('0001_foundation');
    expect(await migrate(db)).toEqual(all);
    expect(await migrate(db)).toEqual([]);
    await db.close();
  });

  it('keep data in the data directory across restarts, and seed the demo practice only once', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'tandem-data-'));
    const config = readConfig({ PORT: '0', HOST: '127.0.0.1', TANDEM_DATA_DIR: dataDir });
    const first = await startServer(config);
    expect(first.migrationsApplied).toEqual((await readMigrations()).map((migration) => migration.id));
    expect(first.demo?.created).toBe(true);
    expect(first.demo?.logins.map((login) => login.role)).toEqual(['coach', 'client', 'client', 'client']);
    await first.close();
    const second = await startServer(config);
    expect(second.migrationsApplied).toEqual([]);
    expect(second.demo?.created).toBe(false);
    const login = await fetch(`${second.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: first.demo?.logins[0]?.email, password: first.demo?.logins[0]?.password }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    const engagements = await (await fetch(`${second.url}/api/v1/engagements`, { headers: { cookie } })).json();
    expect(engagements.items).toHaveLength(3);
    await second.close();
    await rm(dataDir, { recursive: true, force: true });
  });
});

const url = process.env.TEST_DATABASE_URL;
describe.runIf(url)('migrations on PostgreSQL', () => {
  const schema = `test_migrate_${randomBytes(4).toString('hex')}`;
  afterAll(async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });

  it('let two app servers start together on one database: both come up, the schema is migrated once', async () => {
    const config = readConfig({ PORT: '0', HOST: '127.0.0.1', DATABASE_URL: url, TANDEM_DB_SCHEMA: schema });
    const servers = await Promise.all([startServer(config), startServer(config)]);
    const all = (await readMigrations()).map((migration) => migration.id);
    expect(servers.map((server) => server.migrationsApplied).sort()).toEqual([[], all]);
    for (const server of servers) {
      const health = await fetch(`${server.url}/healthz`);
      expect(await health.json()).toEqual({ status: 'ok', database: 'postgres' });
    }
    await Promise.all(servers.map((server) => server.close()));
    const db = await openPostgres({ connectionString: url ?? '', schema });
    expect(await db.query('SELECT id FROM schema_migrations ORDER BY id')).toEqual(all.map((id) => ({ id })));
    await db.close();
  });
});
