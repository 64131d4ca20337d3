import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readConfig } from '../src/config.ts';
import { openPglite, openPostgres } from '../src/db/database.ts';
import { migrate, readMigrations } from '../src/db/migrate.ts';
import { openConfiguredDatabase, startServer } from '../src/server.ts';

describe('migrations on PGlite', () => {
  it('apply once, in order, and a second run applies nothing', async () => {
    const db = await openPglite();
    const all = (await readMigrations()).map((migration) => migration.id);
    expect(all[0]).toBe('0001_foundation');
    expect(await migrate(db)).toEqual(all);
    expect(await migrate(db)).toEqual([]);
    await db.close();
  });

  it('carry a database written before 0005 forward: values learn their place in the story, revisions their engagement and parent, metrics their current value', async () => {
    const db = await openPglite();
    const migrations = await readMigrations();
    const before = migrations.filter((migration) => migration.id < '0005');
    await db.exec('CREATE TABLE schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    for (const migration of before) {
      await db.exec(migration.sql);
      await db.query('INSERT INTO schema_migrations (id) VALUES ($1)', [migration.id]);
    }
    const [practice, coach, client, engagement, goal, revision, metric, first, second, vision, visionRevision, invited, formerCoach] = Array.from({ length: 13 }, () => randomUUID());
    await db.exec(`
      INSERT INTO practices (id, name) VALUES ('${practice}', 'Before 0005');
      INSERT INTO users (id, email, name, password_hash) VALUES
        ('${coach}', 'coach@before.test', 'Coach', 'x'), ('${client}', 'client@before.test', 'Client', 'x'),
        ('${formerCoach}', 'former@before.test', 'Former Coach', 'x');
      INSERT INTO engagements (id, practice_id, coach_id, client_id, status, started_on)
        VALUES ('${engagement}', '${practice}', '${coach}', '${client}', 'active', '2026-01-01');
      INSERT INTO engagements (id, practice_id, coach_id, status) VALUES ('${invited}', '${practice}', '${coach}', 'invited');
      INSERT INTO audit_events (practice_id, actor_id, action, subject_type, subject_id, details, at) VALUES
        ('${practice}', '${coach}', 'engagement_handed_over', 'engagement', '${engagement}', '{"from": "${formerCoach}", "to": "${coach}"}', '2026-01-10T10:00:00Z');
      INSERT INTO invitations (practice_id, engagement_id, email, name, token_hash, invited_by, created_at, expires_at) VALUES
        ('${practice}', '${invited}', 'ilze@before.test', 'Ilze Berzina', 'a', '${coach}', '2026-01-01T10:00:00Z', '2026-01-15T10:00:00Z'),
        ('${practice}', '${invited}', 'ilze.b@before.test', 'Ilze Bērziņa', 'b', '${coach}', '2026-01-02T10:00:00Z', '2026-01-16T10:00:00Z');
      INSERT INTO goals (id, practice_id, engagement_id, parent_id, horizon, created_by, created_at, updated_at) VALUES
        ('${vision}', '${practice}', '${engagement}', NULL, 'vision', '${client}', now(), now()),
        ('${goal}', '${practice}', '${engagement}', '${vision}', 'quarter', '${client}', now(), now());
      INSERT INTO goal_revisions (id, practice_id, goal_id, number, author_id, author_side, created_at, reason, title, horizon, smart) VALUES
        ('${visionRevision}', '${practice}', '${vision}', 1, '${client}', 'client', now(), '', 'Healthy for life', 'vision', '{}'),
        ('${revision}', '${practice}', '${goal}', 1, '${client}', 'client', now(), '', 'Run 5 km', 'quarter', '{}');
      INSERT INTO goal_agreements (practice_id, goal_id, revision_id, user_id, side, decision, at)
        VALUES ('${practice}', '${goal}', '${revision}', '${coach}', 'coach', 'agree', now());
      INSERT INTO metrics (id, practice_id, engagement_id, goal_id, name, kind, baseline, baseline_on, target, created_by, created_at)
        VALUES ('${metric}', '${practice}', '${engagement}', '${goal}', 'km', 'number', 1, '2026-01-01', 5, '${client}', now());
      INSERT INTO check_ins (id, practice_id, engagement_id, goal_id, author_id, author_side, kind, effective_on, created_at) VALUES
        ('${first}', '${practice}', '${engagement}', '${goal}', '${client}', 'client', 'metric', '2026-02-01', '2026-02-01T10:00:00Z'),
        ('${second}', '${practice}', '${engagement}', '${goal}', '${client}', 'client', 'metric', '2026-01-15', '2026-02-02T10:00:00Z');
      INSERT INTO check_in_values (check_in_id, practice_id, engagement_id, metric_id, value) VALUES
        ('${first}', '${practice}', '${engagement}', '${metric}', 3), ('${second}', '${practice}', '${engagement}', '${metric}', 2);
    `);
    expect(await migrate(db)).toEqual(migrations.filter((migration) => migration.id >= '0005').map((migration) => migration.id));
    const values = await db.query<{ value: number; effectiveOn: string }>(
      'SELECT value, effective_on AS "effectiveOn" FROM check_in_values ORDER BY effective_on DESC, recorded_at DESC',
    );
    // The back-filled value (recorded later, for an earlier day) stays second in the story.
    expect(values).toEqual([{ value: 3, effectiveOn: '2026-02-01' }, { value: 2, effectiveOn: '2026-01-15' }]);
    // Each metric's current value and each goal's last check-in, rebuilt from the history (0010).
    expect(await db.query('SELECT value, effective_on AS "effectiveOn" FROM metric_current_values')).toEqual([{ value: 3, effectiveOn: '2026-02-01' }]);
    expect(await db.query('SELECT effective_on AS "effectiveOn" FROM goal_last_check_ins')).toEqual([{ effectiveOn: '2026-02-01' }]);
    // Each check-in carries a copy of its values, as its lists give them (0019).
    expect(await db.query('SELECT metric_values AS "metricValues" FROM check_ins ORDER BY effective_on')).toEqual([
      { metricValues: [{ metricId: metric, value: 2 }] },
      { metricValues: [{ metricId: metric, value: 3 }] },
    ]);
    expect(await db.query('SELECT engagement_id AS "engagementId" FROM goal_revisions UNION ALL SELECT engagement_id FROM goal_agreements')).toEqual([
      { engagementId: engagement },
      { engagementId: engagement },
      { engagementId: engagement },
    ]);
    // Each revision states the parent its goal had (0013), so a later move in the cascade is a revision like any other.
    expect(await db.query('SELECT goal_id AS "goalId", parent_id AS "parentId" FROM goal_revisions ORDER BY title')).toEqual([
      { goalId: vision, parentId: null },
      { goalId: goal, parentId: vision },
    ]);
    // Each engagement names its client as its lists show them (0029): the account's name once
    // joined, the latest invitation's before.
    expect(await db.query('SELECT client_name AS name, client_email AS email FROM engagements ORDER BY status')).toEqual([
      { name: 'Client', email: 'client@before.test' },
      { name: 'Ilze Bērziņa', email: 'ilze.b@before.test' },
    ]);
    // The hand-overs the audit log recorded, kept where the former coach stays named (0030).
    expect(await db.query('SELECT engagement_id AS "engagementId", from_coach_id AS "from", to_coach_id AS "to" FROM engagement_handovers')).toEqual([
      { engagementId: engagement, from: formerCoach, to: coach },
    ]);
    await db.close();
  });

  it("carry feedback requests asked before 0036 forward: each stakeholder's page speaks its asker's language, and none is withdrawn (0038)", async () => {
    const db = await openPglite();
    const migrations = await readMigrations();
    await db.exec('CREATE TABLE schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    for (const migration of migrations.filter((migration) => migration.id < '0036')) {
      await db.exec(migration.sql);
      await db.query('INSERT INTO schema_migrations (id) VALUES ($1)', [migration.id]);
    }
    const [practice, coach, client, engagement, goal] = Array.from({ length: 5 }, () => randomUUID());
    await db.exec(`
      INSERT INTO practices (id, name) VALUES ('${practice}', 'Before 0036');
      INSERT INTO users (id, email, name, password_hash, locale) VALUES
        ('${coach}', 'coach@before0036.test', 'Dace Coach', 'x', 'en'), ('${client}', 'client@before0036.test', 'Līga Ozola', 'x', 'lv');
      INSERT INTO engagements (id, practice_id, coach_id, client_id, status, started_on)
        VALUES ('${engagement}', '${practice}', '${coach}', '${client}', 'active', '2026-01-01');
      INSERT INTO goals (id, practice_id, engagement_id, horizon, created_by, created_at, updated_at)
        VALUES ('${goal}', '${practice}', '${engagement}', 'quarter', '${client}', now(), now());
      INSERT INTO feedback_requests (practice_id, engagement_id, goal_id, requested_by, stakeholder_name, question, token_hash, created_at, expires_at) VALUES
        ('${practice}', '${engagement}', '${goal}', '${client}', 'Pēteris', 'Kā man veicas?', 'asked-by-client', now(), now() + interval '30 days'),
        ('${practice}', '${engagement}', '${goal}', '${coach}', 'Anna', 'How is she doing?', 'asked-by-coach', now(), now() + interval '30 days');
    `);
    expect(await migrate(db)).toEqual(migrations.filter((migration) => migration.id >= '0036').map((migration) => migration.id));
    expect(await db.query('SELECT stakeholder_name AS name, locale FROM feedback_requests ORDER BY stakeholder_name')).toEqual([
      { name: 'Anna', locale: 'en' },
      { name: 'Pēteris', locale: 'lv' },
    ]);
    // The stakeholder's doorway tells the page its language too.
    expect(await db.query("SELECT question, client_first_name AS \"clientFirstName\", locale FROM tandem_find_feedback_request('asked-by-client')")).toEqual([
      { question: 'Kā man veicas?', clientFirstName: 'Līga', locale: 'lv' },
    ]);
    await expect(db.exec("UPDATE feedback_requests SET locale = 'de'")).rejects.toThrow(/feedback_requests_locale_check/);
    // 0038: none of them was withdrawn; once one is, its link takes no answer, and who withdrew it is always known.
    expect(await db.query("SELECT withdrawn_at AS \"withdrawnAt\" FROM tandem_find_feedback_request('asked-by-coach')")).toEqual([{ withdrawnAt: null }]);
    await db.exec(`UPDATE feedback_requests SET withdrawn_at = now(), withdrawn_by = '${coach}' WHERE token_hash = 'asked-by-coach'`);
    expect(await db.query("SELECT tandem_answer_feedback_request('asked-by-coach', now(), 4, 'Well') AS \"checkInId\"")).toEqual([{ checkInId: null }]);
    expect(await db.query('SELECT count(*)::int AS count FROM check_ins')).toEqual([{ count: 0 }]);
    await expect(db.exec("UPDATE feedback_requests SET withdrawn_at = now() WHERE token_hash = 'asked-by-client'")).rejects.toThrow(/feedback_requests_withdrawn_check/);
    await db.close();
  });

  it('give new check-ins time-ordered ids: version 7, their first 48 bits the milliseconds of their making (0019)', async () => {
    const db = await openPglite();
    await migrate(db);
    const before = Date.now();
    const ids: string[] = [];
    for (let n = 0; n < 3; n += 1) {
      const [row] = await db.query<{ id: string }>('SELECT tandem_time_ordered_uuid() AS id');
      ids.push(row?.id ?? '');
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const after = Date.now();
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      const millis = Number.parseInt(id.replaceAll('-', '').slice(0, 12), 16);
      expect(millis).toBeGreaterThanOrEqual(before);
      expect(millis).toBeLessThanOrEqual(after);
    }
    // Later ids sort after earlier ones, so each lands on the last page of the indexes they begin.
    expect([...ids].sort()).toEqual(ids);
    expect(await db.query("SELECT column_default AS d FROM information_schema.columns WHERE table_name = 'check_ins' AND column_name = 'id'")).toEqual([
      { d: 'tandem_time_ordered_uuid()' },
    ]);
    await db.close();
  });

  it('keep data in the data directory across restarts, and seed the demo practice only once', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'tandem-data-'));
    const config = readConfig({ PORT: '0', HOST: '127.0.0.1', TANDEM_DATA_DIR: dataDir });
    const first = await startServer(config);
    expect(first.migrationsApplied).toEqual((await readMigrations()).map((migration) => migration.id));
    expect(first.demo?.created).toBe(true);
    expect(first.demo?.logins.map((login) => login.role)).toEqual(['coach', 'client', 'client', 'client', 'coach', 'client']);
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
    // The owner's whole practice, seeded once: her three clients and the second coach's two.
    expect(engagements.total).toBe(5);
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

  it("open Tandem's connections without JIT and with one generic plan per prepared statement (decisions 016, 018)", async () => {
    const db = await openPostgres({ connectionString: url ?? '', schema });
    try {
      const settings = await db.transaction((tx) =>
        tx.query(`SELECT current_setting('jit') AS jit, current_setting('plan_cache_mode') AS "planCacheMode"`),
      );
      expect(settings).toEqual([{ jit: 'off', planCacheMode: 'force_generic_plan' }]);
    } finally {
      await db.close();
    }
  });

  it('keep what readers were answered gzipped, stored as it is (0025), beside the lz4 text a server before it keeps (0023)', async () => {
    const db = await openPostgres({ connectionString: url ?? '', schema });
    try {
      const columns = await db.query(
        `SELECT c.relname AS "table", a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS type, a.attstorage AS storage,
                a.attcompression AS compression, a.attnotnull AS "notNull"
           FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
          WHERE c.relnamespace = $1::regnamespace AND c.relname IN ('kept_answers', 'kept_inboxes') AND a.attname IN ('answer', 'answer_gzip')
          ORDER BY c.relname, a.attname`,
        [schema],
      );
      // Gzip is not compressed again (storage external); the text column may be empty.
      expect(columns).toEqual([
        { table: 'kept_answers', column: 'answer', type: 'text', storage: 'x', compression: 'l', notNull: false },
        { table: 'kept_answers', column: 'answer_gzip', type: 'bytea', storage: 'e', compression: '', notNull: false },
        { table: 'kept_inboxes', column: 'answer', type: 'text', storage: 'x', compression: 'l', notNull: false },
        { table: 'kept_inboxes', column: 'answer_gzip', type: 'bytea', storage: 'e', compression: '', notNull: false },
      ]);
    } finally {
      await db.close();
    }
  });

  it('keep at most TANDEM_DB_POOL connections (decision 022): with 1, a second request waits for the first to end, then is served', async () => {
    const config = readConfig({ DATABASE_URL: url, TANDEM_DB_SCHEMA: schema, TANDEM_DB_POOL: '1' });
    expect(config.databasePool).toBe(1);
    const db = await openConfiguredDatabase(config);
    let endFirst = () => {};
    try {
      const seen: string[] = [];
      const firstMayEnd = new Promise<void>((resolve) => (endFirst = resolve));
      const first = db.transaction(async (tx) => {
        seen.push(`first on ${(await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid'))[0]?.pid}`);
        await firstMayEnd;
        seen.push('first ends');
      });
      await vi.waitFor(() => expect(seen).toHaveLength(1));
      const second = db.transaction(async (tx) => {
        seen.push(`second on ${(await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid'))[0]?.pid}`);
      });
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(seen).toHaveLength(1);
      endFirst();
      await Promise.all([first, second]);
      // The second ran after the first, on the same (only) connection.
      expect(seen).toEqual([seen[0], 'first ends', seen[0]?.replace('first', 'second')]);
    } finally {
      endFirst();
      await db.close();
    }
  });

  it('stays up when PostgreSQL drops a lent connection between two statements: that request fails, the next is served', async () => {
    const db = await openPostgres({ connectionString: url ?? '', schema, maxConnections: 1 });
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const attempt = db.transaction(async (tx) => {
        const [backend] = await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
        await admin.query('SELECT pg_terminate_backend($1)', [backend?.pid]);
        // The drop arrives meanwhile, as an event on the connection rather than through a query.
        await new Promise((resolve) => setTimeout(resolve, 300));
        return tx.query('SELECT 1 AS one');
      });
      await expect(attempt).rejects.toThrow();
      expect(await db.transaction((tx) => tx.query('SELECT 1 AS one'))).toEqual([{ one: 1 }]);
    } finally {
      await admin.end();
      await db.close();
    }
  });

  it('gives up a connection whose prepared statements a migration outdated: one request fails, the next is served', async () => {
    const db = await openPostgres({ connectionString: url ?? '', schema, maxConnections: 1 });
    try {
      await db.exec(`CREATE TABLE outdated_plans (id int PRIMARY KEY, note jsonb NOT NULL)`);
      await db.exec(`INSERT INTO outdated_plans VALUES (1, '{"kept": true}')`);
      // A transaction's first statement travels with BEGIN unprepared; the second is prepared.
      const read = () => db.transaction(async (tx) => (await tx.query('SELECT 1'), tx.query('SELECT note FROM outdated_plans')));
      expect(await read()).toEqual([{ note: { kept: true } }]);
      // A migration applied by another server while this one runs (as 0018 does to the inbox's rows).
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`ALTER TABLE ${schema}.outdated_plans ALTER COLUMN note TYPE json USING note::json`);
      await admin.end();
      await expect(read()).rejects.toThrow(/cached plan must not change result type/);
      expect(await read()).toEqual([{ note: { kept: true } }]);
    } finally {
      await db.close();
    }
  });
});
