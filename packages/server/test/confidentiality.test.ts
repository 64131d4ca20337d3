// Coach-private notes are read by their author only; a client's journal entry by the client,
// and by the coach only while it is shared. Proven through the API (every response the others
// can get, searched as raw text) and under row-level security (direct SQL as the app's role).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asPerson, Browser, ENGINES, practiceOfFour, startTestServer, type Person, type TestServer } from './support.ts';


const NOTE = 'PRIVATE-NOTE: suspect the burnout is about the divorce';
const SESSION_NOTE = 'PRIVATE-NOTE on the session: push harder next time';
const ENTRY = 'JOURNAL-ENTRY: I am afraid I will fail the promotion';

describe.each(ENGINES)('confidential notes and journal on %s', (engine) => {
  let server: TestServer;
  let owner: Browser;
  let coach: Browser;
  let otherCoach: Browser;
  let client: Browser;
  let people: Record<'owner' | 'coach' | 'otherCoach' | 'client', Person>;
  let engagementId: string;
  let sessionId: string;

  beforeAll(async () => {
    server = await startTestServer(engine);
    ({ owner, coach, otherCoach, client, engagementId, people } = await practiceOfFour(server));
    sessionId = (await coach.post(`/api/v1/engagements/${engagementId}/sessions`, { scheduledAt: '2026-10-26T09:00', durationMinutes: 60 })).body.id;
  });
  afterAll(() => server?.close());

  /** Every response a person can get about the engagement, as the raw text that reached them. */
  async function everythingSeenBy(browser: Browser): Promise<string> {
    const paths = [
      `/api/v1/engagements/${engagementId}/coach-notes`,
      `/api/v1/engagements/${engagementId}/coach-notes?sessionId=${sessionId}`,
      `/api/v1/engagements/${engagementId}/journal`,
      `/api/v1/engagements/${engagementId}/sessions`,
      `/api/v1/engagements/${engagementId}/commitments`,
      `/api/v1/engagements/${engagementId}`,
      `/api/v1/sessions/${sessionId}`,
      '/api/v1/engagements',
      '/api/v1/me/commitments',
      '/api/v1/inbox',
    ];
    const texts = await Promise.all(
      paths.map(async (path) => {
        const response = await fetch(browser.baseUrl + path, { headers: browser.cookie ? { cookie: browser.cookie } : {} });
        return `${path} ${response.status} ${await response.text()}`;
      }),
    );
    return texts.join('\n');
  }

  it('lets only its author read a coach-private note: not the client, not another coach, not the owner', async () => {
    const written = await coach.post(`/api/v1/engagements/${engagementId}/coach-notes`, { body: NOTE });
    expect(written.status).toBe(201);
    const onSession = await coach.post(`/api/v1/engagements/${engagementId}/coach-notes`, { body: SESSION_NOTE, sessionId });
    expect(onSession.body).toMatchObject({ sessionId, author: { name: 'Carla Coach' } });
    const mine = (await coach.get(`/api/v1/engagements/${engagementId}/coach-notes`)).body.items;
    expect(mine.map((note: { body: string }) => note.body).sort()).toEqual([NOTE, SESSION_NOTE].sort());
    expect((await coach.get(`/api/v1/engagements/${engagementId}/coach-notes?sessionId=${sessionId}`)).body.items).toEqual([
      expect.objectContaining({ body: SESSION_NOTE }),
    ]);

    expect((await client.get(`/api/v1/engagements/${engagementId}/coach-notes`)).status).toBe(403);
    expect((await owner.get(`/api/v1/engagements/${engagementId}/coach-notes`)).status).toBe(403);
    expect((await otherCoach.get(`/api/v1/engagements/${engagementId}/coach-notes`)).status).toBe(404);
    expect((await client.post(`/api/v1/engagements/${engagementId}/coach-notes`, { body: 'A client writing a coach note' })).status).toBe(403);
    for (const [who, browser] of [['client', client], ['owner', owner], ['other coach', otherCoach]] as const) {
      const seen = await everythingSeenBy(browser);
      expect(seen, who).not.toContain('PRIVATE-NOTE');
      expect(seen, who).not.toContain(written.body.id);
    }
    // The coach's own session view carries no private notes either: they have their own route.
    expect(JSON.stringify((await coach.get(`/api/v1/sessions/${sessionId}`)).body)).not.toContain('PRIVATE-NOTE');
  });

  it('hides coach-private notes from everyone but their author in the database itself', async () => {
    const bodies = (rows: { body: string }[]) => rows.map((row) => row.body).sort();
    expect(bodies(await asPerson(server, people.coach, (tx) => tx.query('SELECT body FROM coach_notes')))).toEqual([NOTE, SESSION_NOTE].sort());
    for (const who of ['client', 'owner', 'otherCoach'] as const) {
      expect(await asPerson(server, people[who], (tx) => tx.query('SELECT * FROM coach_notes')), who).toEqual([]);
      expect(await asPerson(server, people[who], (tx) => tx.query('SELECT count(*)::int AS n FROM coach_notes')), who).toEqual([{ n: 0 }]);
    }
    // Without row-level security the rows are there: the filter is the policy's.
    expect((await server.db.query('SELECT count(*)::int AS n FROM coach_notes'))[0]).toEqual({ n: 2 });
    const planted = asPerson(server, people.client, (tx) =>
      tx.query('INSERT INTO coach_notes (practice_id, engagement_id, author_id, body, created_at) VALUES ($1, $2, $3, $4, now())', [
        people.client.practiceId,
        engagementId,
        people.client.userId,
        'A client pretending to be the coach',
      ]),
    );
    await expect(planted).rejects.toThrow(/row-level security/);
    const hijacked = await asPerson(server, people.owner, (tx) => tx.query(`UPDATE coach_notes SET author_id = $1 RETURNING id`, [people.owner.userId]));
    expect(hijacked).toEqual([]);
  });

  it('shows the coach a journal entry only while the client shares it, and audits each share', async () => {
    const entry = await client.post(`/api/v1/engagements/${engagementId}/journal`, { body: ENTRY });
    expect(entry.status).toBe(201);
    expect(entry.body).toMatchObject({ body: ENTRY, shared: false, sharedAt: null });
    expect((await coach.post(`/api/v1/engagements/${engagementId}/journal`, { body: 'A coach writing in the journal' })).status).toBe(403);

    const coachSees = async () => everythingSeenBy(coach);
    expect(await coachSees()).not.toContain('JOURNAL-ENTRY');
    // Unshared, the entry does not exist for the coach: sharing it on the client's behalf is 404, not 403.
    const sneaky = await coach.post(`/api/v1/journal/${entry.body.id}/share`);
    expect(sneaky.status).toBe(404);
    expect(JSON.stringify(sneaky.body)).not.toContain('JOURNAL-ENTRY');

    const shared = await client.post(`/api/v1/journal/${entry.body.id}/share`);
    expect(shared.body).toMatchObject({ shared: true });
    expect((await coach.get(`/api/v1/engagements/${engagementId}/journal`)).body.items).toEqual([expect.objectContaining({ id: entry.body.id, body: ENTRY, shared: true })]);
    // The coach reads it, but the share is the client's to take back.
    expect((await coach.request('DELETE', `/api/v1/journal/${entry.body.id}/share`)).status).toBe(403);
    for (const browser of [owner, otherCoach]) expect(await everythingSeenBy(browser)).not.toContain('JOURNAL-ENTRY');

    const unshared = await client.request('DELETE', `/api/v1/journal/${entry.body.id}/share`);
    expect(unshared.body).toMatchObject({ shared: false, sharedAt: null });
    expect(await coachSees()).not.toContain('JOURNAL-ENTRY');
    expect((await client.get(`/api/v1/engagements/${engagementId}/journal`)).body.items).toEqual([expect.objectContaining({ body: ENTRY, shared: false })]);

    const audit = await server.db.query<{ action: string; actorId: string }>(
      `SELECT action, actor_id AS "actorId" FROM audit_events WHERE subject_id = $1 ORDER BY at, action DESC`,
      [entry.body.id],
    );
    expect(audit).toEqual([
      { action: 'journal_entry_shared', actorId: people.client.userId },
      { action: 'journal_entry_unshared', actorId: people.client.userId },
    ]);
  });

  it('enforces the journal rules in the database itself', async () => {
    const [entry] = await server.db.query<{ id: string }>('SELECT id FROM journal_entries');
    const id = entry?.id ?? '';
    const seenBy = (who: keyof typeof people) => asPerson(server, people[who], (tx) => tx.query<{ body: string }>('SELECT body FROM journal_entries'));
    expect(await seenBy('client')).toEqual([{ body: ENTRY }]);
    for (const who of ['coach', 'owner', 'otherCoach'] as const) expect(await seenBy(who), who).toEqual([]);
    // The coach cannot share it on the client's behalf, nor write in the journal.
    expect(await asPerson(server, people.coach, (tx) => tx.query('UPDATE journal_entries SET shared_at = now() WHERE id = $1 RETURNING id', [id]))).toEqual([]);
    const planted = asPerson(server, people.coach, (tx) =>
      tx.query('INSERT INTO journal_entries (practice_id, engagement_id, author_id, body, created_at) VALUES ($1, $2, $3, $4, now())', [
        people.coach.practiceId,
        engagementId,
        people.coach.userId,
        'A coach pretending to be the client',
      ]),
    );
    await expect(planted).rejects.toThrow(/row-level security/);

    await asPerson(server, people.client, (tx) => tx.query('UPDATE journal_entries SET shared_at = now() WHERE id = $1', [id]));
    expect(await seenBy('coach')).toEqual([{ body: ENTRY }]);
    for (const who of ['owner', 'otherCoach'] as const) expect(await seenBy(who), who).toEqual([]);
    // Shared, the coach reads it but still cannot take the share back, reword it or remove it:
    // for the coach's changes the row is not there (migration 0017 splits the policy per command).
    for (const change of [
      'UPDATE journal_entries SET shared_at = NULL WHERE id = $1 RETURNING id',
      "UPDATE journal_entries SET body = 'Rewritten by the coach' WHERE id = $1 RETURNING id",
      'DELETE FROM journal_entries WHERE id = $1 RETURNING id',
    ]) {
      expect(await asPerson(server, people.coach, (tx) => tx.query(change, [id])), change).toEqual([]);
    }
    expect(await seenBy('coach')).toEqual([{ body: ENTRY }]);
    await asPerson(server, people.client, (tx) => tx.query('UPDATE journal_entries SET shared_at = NULL WHERE id = $1', [id]));
    expect(await seenBy('coach')).toEqual([]);
  });

  it('creates no second journal entry for a retried POST with the same Idempotency-Key', async () => {
    const body = { body: 'Slept badly before the review' };
    const headers = { 'idempotency-key': 'journal-retry-1' };
    const first = await client.request('POST', `/api/v1/engagements/${engagementId}/journal`, body, headers);
    const retry = await client.request('POST', `/api/v1/engagements/${engagementId}/journal`, body, headers);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const entries = (await client.get(`/api/v1/engagements/${engagementId}/journal`)).body.items;
    expect(entries.filter((entry: { body: string }) => entry.body === body.body)).toHaveLength(1);
    expect((await client.request('POST', `/api/v1/engagements/${engagementId}/journal`, { body: 'Another day' }, headers)).status).toBe(409);
  });
});
