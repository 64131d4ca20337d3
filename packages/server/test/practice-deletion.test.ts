// The owner deletes a practice: every row of it goes, in every table, with the accounts whose
// only practice it was and every sign-in; another practice keeps every row it had.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPractice, type PracticeFixture } from './practice-fixture.ts';
import { Browser, ENGINES, fixedClock, PASSWORD, startTestServer, type TestServer } from './support.ts';

const TABLES_FILLED = [
  'agenda_items', 'api_tokens', 'audit_events', 'auth_sessions', 'calendar_feeds', 'check_in_values', 'check_ins', 'client_values',
  'coach_notes', 'coaching_sessions', 'commitment_events', 'commitments', 'engagements', 'feedback_requests', 'goal_agreements',
  'goal_last_check_ins', 'goal_revisions', 'goals', 'idempotency_keys', 'inbox_acknowledgements', 'invitations', 'journal_entries',
  'memberships', 'metric_current_values', 'metrics', 'obstacle_events', 'obstacles', 'practices', 'reviews', 'users',
];

describe.each(ENGINES)('deleting a practice on %s', (engine) => {
  let server: TestServer;
  let a: PracticeFixture;
  let b: PracticeFixture;

  /** How many rows each table holds for a practice (tables without practice_id: its people's). */
  async function rowsOf(practice: PracticeFixture): Promise<Record<string, number>> {
    const tables = await server.db.query<{ table: string }>(
      `SELECT table_name AS table FROM information_schema.columns
        WHERE table_schema = current_schema() AND column_name = 'practice_id' ORDER BY table_name`,
    );
    const counts: Record<string, number> = {};
    for (const { table } of tables) {
      const [row] = await server.db.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${table} WHERE practice_id = $1`, [practice.practiceId]);
      counts[table] = row?.count ?? 0;
    }
    const people = [practice.owner.userId, practice.coach.userId, practice.ownClient.userId, practice.coachClient.userId];
    const [users] = await server.db.query<{ count: number }>('SELECT count(*)::int AS count FROM users WHERE id = ANY ($1)', [people]);
    const [practices] = await server.db.query<{ count: number }>('SELECT count(*)::int AS count FROM practices WHERE id = $1', [practice.practiceId]);
    return { ...counts, users: users?.count ?? 0, practices: practices?.count ?? 0 };
  }

  beforeAll(async () => {
    server = await startTestServer(engine, { clock: fixedClock('2026-03-20T10:00:00Z') });
    a = await buildPractice(server, 'ALPHA');
    b = await buildPractice(server, 'BRAVO');
  });
  afterAll(() => server?.close());

  it('has something of the practice in every table to begin with', async () => {
    // Every table of the schema as of migration 0012; a table added later is still checked to be
    // empty after the deletion below, though this fixture may not fill it.
    const before = await rowsOf(a);
    expect(Object.keys(before)).toEqual(expect.arrayContaining(TABLES_FILLED));
    expect(TABLES_FILLED.filter((table) => !before[table])).toEqual([]);
  });

  it("refuses a wrong confirmation with 422 naming `confirm`, and changes nothing", async () => {
    const before = await rowsOf(a);
    const response = await a.owner.browser.request('DELETE', '/api/v1/practice', { confirm: 'alpha coaching' });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(response.body.errors).toEqual([expect.objectContaining({ path: 'confirm', code: 'confirmation_mismatch' })]);
    const missing = await a.owner.browser.request('DELETE', '/api/v1/practice', {});
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].path).toBe('confirm');
    expect(await rowsOf(a)).toEqual(before);
  });

  it('refuses everyone but the owner', async () => {
    const before = await rowsOf(a);
    const confirm = { confirm: a.practiceName };
    expect((await a.coach.browser.request('DELETE', '/api/v1/practice', confirm)).status).toBe(403);
    expect((await a.ownClient.browser.request('DELETE', '/api/v1/practice', confirm)).status).toBe(403);
    expect((await new Browser(server.url).request('DELETE', '/api/v1/practice', confirm)).status).toBe(401);
    // Another practice's owner typing this practice's name deletes nothing: they own only their own.
    expect((await b.owner.browser.request('DELETE', '/api/v1/practice', confirm)).status).toBe(422);
    expect(await rowsOf(a)).toEqual(before);
  });

  it('deletes every row of the practice and ends every sign-in, leaving the other practice whole', async () => {
    const otherBefore = await rowsOf(b);
    const response = await a.owner.browser.request('DELETE', '/api/v1/practice', { confirm: a.practiceName });
    expect(response.body).toMatchObject({ deleted: true });
    expect(response.body.rows).toMatchObject({ practices: 1, users: 4, goals: 2, coach_notes: 2, journal_entries: 4 });

    const after = await rowsOf(a);
    expect(Object.entries(after).filter(([, count]) => count > 0)).toEqual([]);
    expect(await rowsOf(b)).toEqual(otherBefore);

    for (const person of [a.owner.browser, a.coach.browser, a.ownClient.browser, a.coachClient.browser]) {
      expect((await person.get('/api/v1/me')).status).toBe(401);
    }
    expect((await new Browser(server.url).post('/api/v1/auth/login', { email: a.owner.email, password: PASSWORD })).status).toBe(401);
    expect((await b.ownClient.browser.get(`/api/v1/goals/${b.ownClient.goalId}`)).status).toBe(200);
    expect((await b.coach.browser.get(`/api/v1/engagements/${b.coachClient.engagementId}/coach-notes`)).body.items).toHaveLength(1);

    const [audit] = await server.db.query<{ actorId: string | null; details: { rows: Record<string, number> } }>(
      `SELECT actor_id AS "actorId", details FROM audit_events WHERE action = 'practice.deleted' AND subject_id = $1`,
      [a.practiceId],
    );
    expect(audit).toMatchObject({ actorId: null, details: { rows: { practices: 1 } } });
  });

  it('still refuses to change or delete the append-only history of a practice that is not being deleted', async () => {
    await expect(server.db.query('DELETE FROM check_ins WHERE practice_id = $1', [b.practiceId])).rejects.toThrow(/append-only/);
  });
});
