// Scale out: two `tandem serve` processes on one fresh PostgreSQL database and nothing else in
// common. They start at the same moment (the migrations run once, under the advisory lock), a
// session made on one is good on the other, failed sign-ins spread over both are throttled
// together, and an Idempotency-Key honoured by one is honoured by the other. Real HTTP to real
// processes; PostgreSQL only (PGlite is one process's embedded database by design).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMigrations } from '../src/db/migrate.ts';
import { createFreshDatabase, spawnServer, type ServerProcess } from './processes.ts';
import { activateGoal, Browser, inviteClient, PASSWORD, signUpCoach } from './support.ts';

const adminUrl = process.env.TEST_DATABASE_URL;

function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

describe.skipIf(!adminUrl)('two app servers on one PostgreSQL', () => {
  let database: { url: string; drop(): Promise<void> };
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    database = await createFreshDatabase(adminUrl ?? '', 'tandem_scaleout');
    [a, b] = await Promise.all([spawnServer({ DATABASE_URL: database.url }), spawnServer({ DATABASE_URL: database.url })]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
  });

  it('starts both together and applies each migration once', async () => {
    const migrations = await readMigrations();
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    const applied = (await db.query<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id')).rows.map((row) => row.id);
    await db.end();
    expect(applied).toEqual(migrations.map((migration) => migration.id));
    // One server applied them and the other, having waited for the lock, found them done.
    const banners = [a.output(), b.output()];
    expect(banners.filter((text) => text.includes(`applied ${migrations[0]?.id}`))).toHaveLength(1);
    expect(banners.filter((text) => text.includes('up to date'))).toHaveLength(1);
  });

  it('accepts a session signed in on one server at the other', async () => {
    const { browser, email } = await signUpCoach(a);
    const onB = new Browser(b.url);
    onB.cookie = browser.cookie;
    const me = await onB.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe(email);

    const signedIn = new Browser(b.url);
    expect((await signedIn.post('/api/v1/auth/login', { email, password: PASSWORD })).status).toBe(200);
    const backOnA = new Browser(a.url);
    backOnA.cookie = signedIn.cookie;
    expect((await backOnA.get('/api/v1/me')).body.user.email).toBe(email);
    // Signing out on A ends the session on B too.
    expect((await backOnA.post('/api/v1/auth/logout')).status).toBeLessThan(300);
    const ended = new Browser(b.url);
    ended.cookie = signedIn.cookie;
    expect((await ended.get('/api/v1/me')).status).toBe(401);
  });

  it('throttles failed sign-ins spread over both servers together', async () => {
    const { email } = await signUpCoach(a);
    const answers: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const server = attempt % 2 === 0 ? a : b;
      answers.push((await new Browser(server.url).post('/api/v1/auth/login', { email, password: 'not the password' })).status);
    }
    // Five failures in the window are allowed wherever they land; the sixth is refused.
    expect(answers).toEqual([401, 401, 401, 401, 401, 429]);
    for (const server of [a, b]) {
      const refused = await new Browser(server.url).post('/api/v1/auth/login', { email, password: PASSWORD });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    }
  });

  it('creates one check-in and one commitment for a key sent to A and then to B', async () => {
    const coach = (await signUpCoach(a)).browser;
    const { client, engagementId } = await inviteClient(a, coach);
    const goalId = await activateGoal({ coach, client }, engagementId, {
      title: 'Give 4 talks at the team meeting',
      horizon: 'quarter',
      startsOn: isoDay(-10),
      dueOn: isoDay(60),
    });
    const onB = new Browser(b.url);
    onB.cookie = client.cookie;

    const checkIn = { kind: 'observation', effectiveOn: isoDay(-1), text: 'Spoke first in the meeting' };
    const headers = { 'idempotency-key': 'scale-out-check-in-1' };
    const first = await client.request('POST', `/api/v1/goals/${goalId}/check-ins`, checkIn, headers);
    const retried = await onB.request('POST', `/api/v1/goals/${goalId}/check-ins`, checkIn, headers);
    expect(first.status).toBe(201);
    expect(retried.status).toBe(201);
    expect(retried.body.id).toBe(first.body.id);
    const checkIns = (await onB.get(`/api/v1/goals/${goalId}/check-ins`)).body.items as { text: string }[];
    expect(checkIns.filter((item) => item.text === checkIn.text)).toHaveLength(1);

    const sessionId = (await coach.post(`/api/v1/engagements/${engagementId}/sessions`, { scheduledAt: `${isoDay(3)}T09:00`, durationMinutes: 60 })).body.id;
    const commitment = { text: 'Ask two colleagues for feedback' };
    const key = { 'idempotency-key': 'scale-out-commitment-1' };
    // Sent to both at the same moment: one of them makes it, the other answers with the same one
    // or refuses the collision; never two rows.
    const both = await Promise.all([
      client.request('POST', `/api/v1/sessions/${sessionId}/commitments`, commitment, key),
      onB.request('POST', `/api/v1/sessions/${sessionId}/commitments`, commitment, key),
    ]);
    expect(both.some((response) => response.status === 201)).toBe(true);
    for (const response of both) expect([201, 409]).toContain(response.status);
    const again = await onB.request('POST', `/api/v1/sessions/${sessionId}/commitments`, commitment, key);
    expect(again.status).toBe(201);
    const made = (await client.get(`/api/v1/engagements/${engagementId}/commitments`)).body.items as { id: string; text: string }[];
    expect(made.filter((item) => item.text === commitment.text).map((item) => item.id)).toEqual([again.body.id]);
  });
});
