import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listValues } from '../src/features/values/repo.ts';
import { runInScope } from '../src/run-scope.ts';
import { asPerson, ENGINES, inviteClient, PASSWORD, signUpCoach, startTestServer, type Person, type TestServer } from './support.ts';


describe.each(ENGINES)('tenancy enforced by row-level security on %s', (engine) => {
  let server: TestServer;
  let coachA: Person;
  let clientA1: Person;
  let clientA2: Person;
  let coachB: Person;
  let engagementA1: string;
  let engagementA2: string;
  let coachAToken: string;

  beforeAll(async () => {
    server = await startTestServer(engine);
    const a = await signUpCoach(server, { practiceName: 'Practice A' });
    coachAToken = a.browser.cookie?.split('=')[1] ?? '';
    await a.browser.post('/api/v1/auth/tokens', { email: a.email, password: PASSWORD });
    const b = await signUpCoach(server, { practiceName: 'Practice B' });
    coachA = { userId: a.me.user.id, practiceId: a.me.practice.id, role: 'owner' };
    coachB = { userId: b.me.user.id, practiceId: b.me.practice.id, role: 'owner' };
    const first = await inviteClient(server, a.browser, 'Client One');
    const second = await inviteClient(server, a.browser, 'Client Two');
    await inviteClient(server, b.browser, 'Client of B');
    engagementA1 = first.engagementId;
    engagementA2 = second.engagementId;
    clientA1 = { userId: first.me.user.id, practiceId: a.me.practice.id, role: 'client' };
    clientA2 = { userId: second.me.user.id, practiceId: a.me.practice.id, role: 'client' };
    await first.client.post(`/api/v1/engagements/${engagementA1}/values`, { kind: 'value', title: 'Private to A1' });
    await second.client.post(`/api/v1/engagements/${engagementA2}/values`, { kind: 'value', title: 'Private to A2' });
    const goal = (await first.client.post(`/api/v1/engagements/${engagementA1}/goals`, { title: 'Goal of A1', horizon: 'quarter' })).body;
    await first.client.post(`/api/v1/goals/${goal.id}/agreements`, { revisionId: goal.pendingRevision.id, decision: 'agree' });
  });
  afterAll(() => server?.close());

  it('runs each unit of work as tandem_app, with the caller (or nobody) told to row-level security', async () => {
    const deps = { db: server.db, clock: () => new Date() };
    const probe = `SELECT current_user AS "user", current_setting('tandem.user_id') AS "userId",
                          current_setting('tandem.practice_id') AS "practiceId", current_setting('tandem.role') AS role`;
    const asCoach = await runInScope(deps, { token: coachAToken, publicUrl: '' }, (scope) => scope.tx.query(probe));
    expect(asCoach).toEqual([{ user: 'tandem_app', userId: coachA.userId, practiceId: coachA.practiceId, role: 'owner' }]);
    for (const token of [undefined, 'not-a-real-token']) {
      const asNobody = await runInScope(deps, { token, publicUrl: '' }, (scope) => scope.tx.query(probe));
      expect(asNobody).toEqual([{ user: 'tandem_app', userId: '', practiceId: '', role: '' }]);
    }
  });

  it('puts forced row-level security on every table that carries practice_id', async () => {
    const tables = await server.db.query<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(
      `SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity
         FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'practice_id' AND NOT a.attisdropped
        WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace`,
    );
    expect(tables.map((t) => t.relname)).toEqual(
      expect.arrayContaining(['api_tokens', 'audit_events', 'auth_sessions', 'client_values', 'engagements', 'invitations', 'memberships', 'goals']),
    );
    for (const table of tables) expect(table, table.relname).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true });
  });

  it('asks who is asking once a statement: every policy reads the caller in a scalar subquery, not again for each row (decision 035)', async () => {
    const policies = await server.db.query<{ name: string; qual: string | null; check: string | null }>(
      `SELECT tablename || '.' || policyname AS name, qual, with_check AS check FROM pg_policies WHERE schemaname = current_schema()`,
    );
    expect(policies.length).toBeGreaterThan(30);
    const wrapped = /\(\s*SELECT (?:\w+\.)?tandem_(?:user_id|practice_id|role)\(\) AS tandem_(?:user_id|practice_id|role)\)/g;
    for (const policy of policies) {
      const text = `${policy.qual ?? ''} ${policy.check ?? ''}`;
      expect(text.replace(wrapped, ''), policy.name).not.toMatch(/tandem_(user_id|practice_id|role)\(\)/);
    }
    // The rule in force: the calls are there, wrapped (a policy reads the caller at all).
    const reading = policies.filter((policy) => `${policy.qual ?? ''} ${policy.check ?? ''}`.match(wrapped));
    expect(reading.length).toBeGreaterThan(30);
  });

  it('returns no other practice\'s rows from queries without a practice filter', async () => {
    const tables = [
      'practices', 'memberships', 'engagements', 'invitations', 'client_values', 'users', 'auth_sessions', 'api_tokens', 'audit_events',
      'goals', 'goal_revisions', 'goal_agreements',
    ];
    for (const table of tables) {
      const seenByB = await asPerson(server, coachB, (tx) => tx.query<{ practice_id?: string; id: string }>(`SELECT * FROM ${table}`));
      const unfiltered = await server.db.query<{ practice_id?: string }>(`SELECT * FROM ${table}`);
      if (table !== 'users' && table !== 'practices') {
        // The same query without row-level security does see practice A's rows: the filter is the policy's.
        expect(unfiltered.some((row) => row.practice_id === coachA.practiceId), table).toBe(true);
        expect(seenByB.filter((row) => row.practice_id === coachA.practiceId), table).toEqual([]);
      }
    }
    const practices = await asPerson(server, coachB, (tx) => tx.query<{ id: string }>('SELECT id FROM practices'));
    expect(practices.map((row) => row.id)).toEqual([coachB.practiceId]);
    const people = await asPerson(server, coachB, (tx) => tx.query<{ id: string }>('SELECT id FROM users'));
    expect(people.map((row) => row.id)).not.toContain(coachA.userId);
    expect(people.map((row) => row.id)).not.toContain(clientA1.userId);
  });

  it('returns nothing through a repository that filters only by engagement id', async () => {
    const asCoachA = await asPerson(server, coachA, (tx) => listValues(tx, engagementA1, true));
    expect(asCoachA.map((value) => value.title)).toEqual(['Private to A1']);
    expect(await asPerson(server, coachB, (tx) => listValues(tx, engagementA1, true))).toEqual([]);
  });

  it('keeps one client out of another client\'s engagement in the same practice', async () => {
    for (const table of ['goals', 'goal_revisions', 'goal_agreements']) {
      expect(await asPerson(server, clientA2, (tx) => tx.query(`SELECT * FROM ${table}`)), table).toEqual([]);
    }
    expect(await asPerson(server, clientA2, (tx) => listValues(tx, engagementA1, true))).toEqual([]);
    const engagements = await asPerson(server, clientA2, (tx) => tx.query<{ id: string }>('SELECT id FROM engagements'));
    expect(engagements.map((row) => row.id)).toEqual([engagementA2]);
    const people = await asPerson(server, clientA2, (tx) => tx.query<{ id: string }>('SELECT id FROM users'));
    expect(people.map((row) => row.id).sort()).toEqual([clientA2.userId, coachA.userId].sort());
    const memberships = await asPerson(server, clientA2, (tx) => tx.query<{ user_id: string }>('SELECT user_id FROM memberships'));
    expect(memberships.map((row) => row.user_id)).toEqual([clientA2.userId]);
  });

  it("knows each engagement's people from the engagements themselves, and lets nobody write that list (decision 023)", async () => {
    const members = await server.db.query<{ user_id: string; engagement_id: string }>(
      'SELECT user_id, engagement_id FROM engagement_members WHERE engagement_id = ANY ($1) ORDER BY engagement_id, user_id',
      [[engagementA1, engagementA2]],
    );
    const expected = [
      { user_id: coachA.userId, engagement_id: engagementA1 }, { user_id: clientA1.userId, engagement_id: engagementA1 },
      { user_id: coachA.userId, engagement_id: engagementA2 }, { user_id: clientA2.userId, engagement_id: engagementA2 },
    ].sort((x, y) => x.engagement_id.localeCompare(y.engagement_id) || x.user_id.localeCompare(y.user_id));
    expect(members).toEqual(expected);
    // Each person reads only their own rows.
    expect(await asPerson(server, clientA2, (tx) => tx.query('SELECT user_id, engagement_id FROM engagement_members'))).toEqual([
      { user_id: clientA2.userId, engagement_id: engagementA2 },
    ]);
    await expect(
      asPerson(server, clientA2, (tx) =>
        tx.query('INSERT INTO engagement_members (user_id, engagement_id, practice_id) VALUES ($1, $2, $3)', [clientA2.userId, engagementA1, coachA.practiceId]),
      ),
    ).rejects.toThrow(/row-level security/);
    expect(await asPerson(server, clientA2, (tx) => tx.query('SELECT id FROM goals WHERE engagement_id = $1', [engagementA1]))).toEqual([]);
    // A new coach of the engagement takes the old one's place in it (the owner hands a client over).
    const newCoach = await server.db.query<{ id: string }>(
      `INSERT INTO users (id, email, name, password_hash) VALUES (gen_random_uuid(), 'second.coach@a.test', 'Second Coach', 'x') RETURNING id`,
    );
    const secondCoach = { userId: newCoach[0]?.id ?? '', practiceId: coachA.practiceId, role: 'coach' as const };
    await server.db.query(`INSERT INTO memberships (practice_id, user_id, role) VALUES ($1, $2, 'coach')`, [coachA.practiceId, secondCoach.userId]);
    await server.db.query('UPDATE engagements SET coach_id = $1 WHERE id = $2', [secondCoach.userId, engagementA2]);
    try {
      const seenBy = async (person: Person) =>
        (await asPerson(server, person, (tx) => tx.query<{ id: string }>('SELECT engagement_id AS id FROM engagement_members'))).map((row) => row.id);
      expect(await seenBy(secondCoach)).toEqual([engagementA2]);
      expect(await seenBy(coachA)).toEqual([engagementA1]);
      expect(await asPerson(server, secondCoach, (tx) => tx.query<{ title: string }>('SELECT title FROM client_values'))).toEqual([{ title: 'Private to A2' }]);
    } finally {
      await server.db.query('UPDATE engagements SET coach_id = $1 WHERE id = $2', [coachA.userId, engagementA2]);
    }
    expect(
      await server.db.query('SELECT user_id FROM engagement_members WHERE engagement_id = $1 ORDER BY user_id', [engagementA2]),
    ).toEqual([coachA.userId, clientA2.userId].sort().map((id) => ({ user_id: id })));
  });

  it('refuses to write a row into another practice', async () => {
    const attempt = asPerson(server, coachB, (tx) =>
      tx.query(
        `INSERT INTO client_values (practice_id, engagement_id, kind, title, created_by) VALUES ($1, $2, 'value', 'Planted', $3)`,
        [coachA.practiceId, engagementA1, coachB.userId],
      ),
    );
    await expect(attempt).rejects.toThrow(/row-level security/);
    const moved = await asPerson(server, coachB, (tx) =>
      tx.query(`UPDATE client_values SET title = 'Hijacked' WHERE engagement_id = $1 RETURNING id`, [engagementA1]),
    );
    expect(moved).toEqual([]);
  });

  it('runs requests as a role that cannot bypass row-level security or delete what people wrote', async () => {
    const [role] = await asPerson(server, coachA, (tx) =>
      tx.query<{ current_user: string; rolsuper: boolean; rolbypassrls: boolean }>(
        `SELECT current_user, r.rolsuper, r.rolbypassrls FROM pg_roles r WHERE r.rolname = current_user`,
      ),
    );
    expect(role).toEqual({ current_user: 'tandem_app', rolsuper: false, rolbypassrls: false });
    await expect(asPerson(server, clientA1, (tx) => tx.query('DELETE FROM client_values'))).rejects.toThrow(/permission denied/);
    await expect(asPerson(server, clientA1, (tx) => tx.query(`UPDATE goal_revisions SET title = 'Rewritten history'`))).rejects.toThrow(/append-only/);
  });
});
