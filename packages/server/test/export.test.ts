// Exports: each person downloads what is theirs, a coach their engagement, the owner the practice.
// Searched as raw text: no export carries another person's private note, a journal entry the
// client did not share with the exporter, a secret, or anything of another practice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setDatabaseContext } from '../src/context.ts';
import { buildPractice, type PracticeFixture } from './practice-fixture.ts';
import { Browser, ENGINES, fixedClock, startTestServer, type TestServer } from './support.ts';

/** Fetches a download as the raw text that reached the person, with its headers. */
async function download(browser: Browser, path: string) {
  const response = await fetch(browser.baseUrl + path, { headers: browser.cookie ? { cookie: browser.cookie } : {} });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/**
 * What the practice export leaves out on purpose (decision 013): secrets, replies, marks and derived
 * summaries. Each hand-over (`engagement_handovers`) is in the exported audit log as well:
 * `engagement_handed_over`, from and to.
 */
const NOT_EXPORTED = [
  'api_tokens', 'auth_sessions', 'calendar_feeds', 'engagement_handovers', 'engagement_members', 'engagement_progress_stamps', 'goal_last_check_ins', 'idempotency_keys', 'inbox_acknowledgements',
  'inbox_standing_items', 'inbox_standings', 'kept_answers', 'kept_inboxes', 'login_attempts', 'metric_current_values', 'password_resets', 'recovery_codes', 'schema_migrations', 'two_factor_credentials',
  // Emails on their way: their words (single-use links) are forgotten once sent; the requests they were about are exported.
  'outgoing_emails',
];

describe.each(ENGINES)('exports on %s', (engine) => {
  let server: TestServer;
  let a: PracticeFixture;
  let b: PracticeFixture;
  const clock = fixedClock('2026-03-20T10:00:00Z');

  beforeAll(async () => {
    server = await startTestServer(engine, { clock });
    a = await buildPractice(server, 'ALPHA');
    b = await buildPractice(server, 'BRAVO');
  });
  afterAll(() => server?.close());

  it("gives a client all their own data as a dated JSON download, with their journal and never the coach's private note", async () => {
    const got = await download(a.ownClient.browser, '/api/v1/me/export');
    expect(got.status).toBe(200);
    expect(got.headers.get('content-disposition')).toBe('attachment; filename="tandem-my-data-2026-03-20.json"');
    const data = JSON.parse(got.text);
    expect(data).toMatchObject({ format: 'tandem-export', kind: 'me', exportedOn: '2026-03-20', profile: { user: { id: a.ownClient.userId } } });
    expect(data.engagements).toHaveLength(1);
    const [dossier] = data.engagements;
    expect(dossier.goals[0].goal.title).toBe(a.ownerMarks.goal);
    expect(dossier.goals[0].revisions[0].agreements.length).toBeGreaterThan(0);
    expect(dossier.goals[0].checkIns).toHaveLength(2);
    expect(dossier.goals[0].reviews[0].notes).toBe(a.ownerMarks.review);
    expect(dossier.progress[0]).toMatchObject({ goalId: a.ownClient.goalId, progress: 0.5 });
    expect(dossier.sessions[0].sharedNotes).toBe(a.ownerMarks.sharedNotes);
    expect(dossier.commitments[0].history.length).toBeGreaterThan(1);
    expect(dossier.journal.map((entry: { body: string }) => entry.body).sort()).toEqual([a.ownerMarks.sharedEntry, a.ownerMarks.unsharedEntry].sort());
    expect(dossier.coachNotes).toEqual([]);
    for (const secret of [a.ownerMarks.coachNote, 'PRIVATE-COACH-NOTE', 'COACHS', 'BRAVO', 'password', 'token_hash', 'tokenHash']) {
      expect(got.text).not.toContain(secret);
    }
  });

  it("gives a coach their own private notes and only the journal entries shared with them", async () => {
    const got = await download(a.coach.browser, '/api/v1/me/export');
    expect(got.status).toBe(200);
    expect(got.text).toContain(a.coachMarks.coachNote);
    expect(got.text).toContain(a.coachMarks.sharedEntry);
    expect(got.text).toContain(a.coachMarks.goal);
    for (const secret of [a.coachMarks.unsharedEntry, 'OWNERS', 'BRAVO']) expect(got.text).not.toContain(secret);

    await a.coach.browser.patch('/api/v1/me', { locale: 'lv' });
    const latvian = JSON.parse((await download(a.coach.browser, '/api/v1/me/export')).text);
    expect(latvian.excluded.join(' ')).toContain('privātās piezīmes');
    await a.coach.browser.patch('/api/v1/me', { locale: 'en' });
  });

  it("gives an owner's own export only the engagements they coach, not the whole practice", async () => {
    const got = await download(a.owner.browser, '/api/v1/me/export');
    expect(got.status).toBe(200);
    expect(got.text).toContain(a.ownerMarks.coachNote);
    expect(got.text).not.toContain('COACHS');
    expect(got.text).not.toContain(a.ownerMarks.unsharedEntry);
  });

  it('lets the coach export the whole engagement, and nobody else', async () => {
    const path = `/api/v1/engagements/${a.coachClient.engagementId}/export`;
    const got = await download(a.coach.browser, path);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-disposition')).toMatch(/^attachment; filename="tandem-engagement-[0-9a-f]{8}-2026-03-20\.json"$/);
    const data = JSON.parse(got.text);
    expect(data.kind).toBe('engagement');
    expect(data.engagement.coachNotes.map((note: { body: string }) => note.body)).toEqual([a.coachMarks.coachNote]);
    expect(data.engagement.journal.map((entry: { body: string }) => entry.body)).toEqual([a.coachMarks.sharedEntry]);
    expect(got.text).not.toContain(a.coachMarks.unsharedEntry);

    expect((await download(a.coachClient.browser, path)).status).toBe(403);
    expect((await download(a.owner.browser, path)).status).toBe(403);
    expect((await download(a.ownClient.browser, path)).status).toBe(404);
    expect((await download(b.owner.browser, path)).status).toBe(404);
    expect((await download(new Browser(server.url), path)).status).toBe(401);
  });

  it("lets the owner export the whole practice without secrets, another coach's notes or unshared journal entries", async () => {
    const got = await download(a.owner.browser, '/api/v1/practice/export');
    expect(got.status).toBe(200);
    expect(got.headers.get('content-disposition')).toBe('attachment; filename="tandem-practice-2026-03-20.json"');
    const data = JSON.parse(got.text);
    expect(data).toMatchObject({ kind: 'practice', practice: { id: a.practiceId, name: a.practiceName } });
    // Both engagements, including the one the owner does not coach.
    expect(data.tables.engagements).toHaveLength(2);
    expect(got.text).toContain(a.coachMarks.goal);
    expect(got.text).toContain(a.coachMarks.checkIn);
    expect(got.text).toContain(a.coachMarks.sharedNotes);
    expect(got.text).toContain(a.ownerMarks.coachNote);
    expect(data.tables.users.map((user: { id: string }) => user.id).sort()).toEqual(
      [a.owner.userId, a.coach.userId, a.ownClient.userId, a.coachClient.userId].sort(),
    );
    expect(data.excluded.join(' ')).toMatch(/private notes/i);
    for (const secret of [a.coachMarks.coachNote, a.coachMarks.unsharedEntry, a.coachMarks.sharedEntry, a.ownerMarks.unsharedEntry, 'BRAVO', 'password_hash', 'token_hash', '$argon2']) {
      expect(got.text).not.toContain(secret);
    }
    for (const table of ['auth_sessions', 'api_tokens', 'idempotency_keys', 'calendar_feeds', 'login_attempts']) expect(data.tables[table]).toBeUndefined();
  });

  it('refuses the practice export to anyone but the owner', async () => {
    expect((await download(a.coach.browser, '/api/v1/practice/export')).status).toBe(403);
    expect((await download(a.ownClient.browser, '/api/v1/practice/export')).status).toBe(403);
    expect((await download(new Browser(server.url), '/api/v1/practice/export')).status).toBe(401);
    const other = JSON.parse((await download(b.owner.browser, '/api/v1/practice/export')).text);
    expect(other.practice.id).toBe(b.practiceId);
    expect(JSON.stringify(other)).not.toContain('ALPHA');
  });

  it('decides for every table of the schema whether the practice export holds it', async () => {
    const data = JSON.parse((await download(a.owner.browser, '/api/v1/practice/export')).text);
    const tables = await server.db.query<{ name: string }>(
      "SELECT relname AS name FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r' ORDER BY relname",
    );
    const undecided = tables.map((table) => table.name).filter((name) => !(name in data.tables) && !NOT_EXPORTED.includes(name));
    expect(undecided).toEqual([]);
  });

  it('lets only the owner through the database doorways, even to SQL that calls them directly', async () => {
    for (const person of [
      { userId: a.coach.userId, practiceId: a.practiceId, role: 'coach' as const },
      { userId: a.ownClient.userId, practiceId: a.practiceId, role: 'client' as const },
    ]) {
      for (const statement of ['SELECT tandem_export_practice()', 'SELECT tandem_erase_practice(now())']) {
        const attempt = server.db.transaction(async (tx) => {
          await tx.query('SET LOCAL ROLE tandem_app');
          await setDatabaseContext(tx, person);
          return tx.query(statement);
        });
        await expect(attempt).rejects.toThrow(/only the owner/);
      }
    }
    const [practice] = await server.db.query<{ count: number }>('SELECT count(*)::int AS count FROM goals WHERE practice_id = $1', [a.practiceId]);
    expect(practice?.count).toBe(2);
  });

  it('records every export in the audit trail, without its contents', async () => {
    const rows = await server.db.query<{ action: string; details: object }>(
      `SELECT action, details FROM audit_events WHERE practice_id = $1 AND action LIKE 'export.%' ORDER BY at`,
      [a.practiceId],
    );
    const actions = rows.map((row) => row.action);
    expect(actions).toEqual(expect.arrayContaining(['export.me', 'export.engagement', 'export.practice']));
    expect(JSON.stringify(rows)).not.toContain('ALPHA-');
  });

  it("renders a printable report of the client's goals and progress in their language, every stored word escaped", async () => {
    const hostile = '<script>alert(1)</script> & "quotes"';
    await a.ownClient.browser.post(`/api/v1/engagements/${a.ownClient.engagementId}/values`, { kind: 'aspiration', title: hostile });
    const english = await download(a.ownClient.browser, '/api/v1/me/report');
    expect(english.status).toBe(200);
    expect(english.headers.get('content-type')).toMatch(/^text\/html/);
    expect(english.text).toContain('<html lang="en">');
    expect(english.text).toContain('Goals and progress');
    expect(english.text).toContain(a.ownerMarks.goal);
    expect(english.text).toContain('50%');
    expect(english.text).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;quotes&#34;');
    expect(english.text).not.toContain('<script>');
    expect(english.text).not.toContain(a.ownerMarks.coachNote);

    await a.ownClient.browser.patch('/api/v1/me', { locale: 'lv' });
    const latvian = await download(a.ownClient.browser, '/api/v1/me/report');
    expect(latvian.text).toContain('<html lang="lv">');
    expect(latvian.text).toContain('Mērķi un progress');
    expect(latvian.text).toContain('Sākumpunkts');
    await a.ownClient.browser.patch('/api/v1/me', { locale: 'en' });
    expect((await download(new Browser(server.url), '/api/v1/me/report')).status).toBe(401);
  });
});
