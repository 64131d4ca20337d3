// People edit and remove their own session words: the coach their private notes, the client
// their journal entries, either side the items of a planned session's agenda. Everyone else is
// refused and nothing changes; refusals of private words reveal nothing (404, never 403); and
// row-level security holds the same line for direct SQL as the app's role.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activateGoal, asPerson, Browser, ENGINES, fixedClock, inviteClient, practiceOfFour, signUpCoach, startTestServer, type Person, type TestServer } from './support.ts';

type AgendaItem = { id: string; text: string; position: number; updatedAt: string | null; carriedFrom: { kind: string } | null };

describe.each(ENGINES)('editing and removing session words on %s', (engine) => {
  const clock = fixedClock('2026-10-19T08:00:00Z');
  let server: TestServer;
  let owner: Browser;
  let coach: Browser;
  let otherCoach: Browser;
  let client: Browser;
  let stranger: Browser;
  let people: Record<'owner' | 'coach' | 'otherCoach' | 'client', Person>;
  let engagementId: string;
  let goalId: string;
  let foreignGoalId: string;

  /** A row as it is in the database, read past row-level security. */
  async function rowOf(table: 'coach_notes' | 'journal_entries' | 'agenda_items', id: string) {
    const [row] = await server.db.query(`SELECT * FROM ${table} WHERE id = $1`, [id]);
    return row;
  }

  beforeAll(async () => {
    server = await startTestServer(engine, { clock });
    ({ owner, coach, otherCoach, client, engagementId, people } = await practiceOfFour(server));
    const elsewhere = await signUpCoach(server, { practiceName: 'Elsewhere' });
    stranger = elsewhere.browser;
    const theirs = await inviteClient(server, stranger, 'Their Client');
    foreignGoalId = (await theirs.client.post(`/api/v1/engagements/${theirs.engagementId}/goals`, { title: 'Run a marathon', horizon: 'year' })).body.id;
    goalId = await activateGoal({ coach, client }, engagementId, { title: 'Give 4 talks', horizon: 'quarter' });
  });
  afterAll(() => server?.close());

  const planSession = async (scheduledAt: string) =>
    (await coach.post(`/api/v1/engagements/${engagementId}/sessions`, { scheduledAt, durationMinutes: 60 })).body as { id: string; agenda: AgendaItem[] };
  const agendaOf = async (sessionId: string) => ((await client.get(`/api/v1/sessions/${sessionId}`)).body.agenda as AgendaItem[]).sort((a, b) => a.position - b.position);

  describe('coach-private notes', () => {
    it('lets their author reword and remove them, and keeps when they were edited', async () => {
      const written = await coach.post(`/api/v1/engagements/${engagementId}/coach-notes`, { body: 'Seems tired' });
      expect(written.body.updatedAt).toBeNull();
      clock.advanceMinutes(5);
      const edited = await coach.request('PATCH', `/api/v1/coach-notes/${written.body.id}`, { body: '  Seems tired: ask about sleep  ' });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ id: written.body.id, body: 'Seems tired: ask about sleep', createdAt: written.body.createdAt, updatedAt: '2026-10-19T08:05:00.000Z' });
      expect((await coach.get(`/api/v1/engagements/${engagementId}/coach-notes`)).body.items).toEqual([edited.body]);

      const removed = await coach.request('DELETE', `/api/v1/coach-notes/${written.body.id}`);
      expect(removed.status).toBe(204);
      expect((await coach.get(`/api/v1/engagements/${engagementId}/coach-notes`)).body.items).toEqual([]);
      expect(await rowOf('coach_notes', written.body.id)).toBeUndefined();
      expect((await coach.request('DELETE', `/api/v1/coach-notes/${written.body.id}`)).status).toBe(404);
    });

    it('answers everyone else as if the note did not exist, and changes nothing', async () => {
      const note = (await coach.post(`/api/v1/engagements/${engagementId}/coach-notes`, { body: 'PRIVATE: worried about the divorce' })).body;
      const before = await rowOf('coach_notes', note.id);
      const unknown = await coach.request('PATCH', '/api/v1/coach-notes/00000000-0000-4000-8000-000000000000', { body: 'x' });
      for (const [who, browser] of [['client', client], ['owner', owner], ['other coach', otherCoach], ['other practice', stranger]] as const) {
        for (const attempt of [browser.request('PATCH', `/api/v1/coach-notes/${note.id}`, { body: 'Overwritten' }), browser.request('DELETE', `/api/v1/coach-notes/${note.id}`)]) {
          const refused = await attempt;
          expect(refused.status, who).toBe(404);
          expect(refused.body, who).toMatchObject({ code: 'coach_note_not_found' });
          // The same answer as for a note that never existed, word for word.
          expect(refused.body.detail, who).toBe(unknown.body.detail);
          expect(JSON.stringify(refused.body), who).not.toContain('PRIVATE');
        }
      }
      expect(await rowOf('coach_notes', note.id)).toEqual(before);
      // Under row-level security the others change nothing either: the row is not there for them.
      for (const who of ['client', 'owner', 'otherCoach'] as const) {
        expect(await asPerson(server, people[who], (tx) => tx.query(`UPDATE coach_notes SET body = 'Overwritten' WHERE id = $1 RETURNING id`, [note.id])), who).toEqual([]);
        expect(await asPerson(server, people[who], (tx) => tx.query('DELETE FROM coach_notes WHERE id = $1 RETURNING id', [note.id])), who).toEqual([]);
      }
      expect(await rowOf('coach_notes', note.id)).toEqual(before);
    });

    it('refuses empty or too long words, naming the field', async () => {
      const note = (await coach.post(`/api/v1/engagements/${engagementId}/coach-notes`, { body: 'Short' })).body;
      for (const body of [{ body: '   ' }, { body: 'x'.repeat(20001) }, {}, { body: 42 }]) {
        const refused = await coach.request('PATCH', `/api/v1/coach-notes/${note.id}`, body);
        expect(refused.status, JSON.stringify(body).slice(0, 40)).toBe(400);
        expect(refused.body.errors.map((error: { path: string }) => error.path)).toContain('body');
      }
      expect((await coach.request('PATCH', '/api/v1/coach-notes/not-an-id', { body: 'x' })).status).toBe(400);
      expect((await rowOf('coach_notes', note.id))?.body).toBe('Short');
    });
  });

  describe('journal entries', () => {
    const write = async (body: string, share = false) => {
      const entry = (await client.post(`/api/v1/engagements/${engagementId}/journal`, { body })).body;
      if (share) await client.post(`/api/v1/journal/${entry.id}/share`);
      return entry as { id: string; createdAt: string };
    };

    it('lets the client reword an entry and change its goal, keeping when it was edited and whether it is shared', async () => {
      const entry = await write('Nervous before the talk', true);
      clock.advanceMinutes(1);
      const edited = await client.request('PATCH', `/api/v1/journal/${entry.id}`, { body: ' Nervous, then it went well ', goalId });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ body: 'Nervous, then it went well', goalId, shared: true, createdAt: entry.createdAt, updatedAt: clock().toISOString() });
      expect((await coach.get(`/api/v1/engagements/${engagementId}/journal`)).body.items).toContainEqual(edited.body);
      const unlinked = await client.request('PATCH', `/api/v1/journal/${entry.id}`, { goalId: null });
      expect(unlinked.body).toMatchObject({ body: 'Nervous, then it went well', goalId: null });

      const foreign = await client.request('PATCH', `/api/v1/journal/${entry.id}`, { body: 'Changed', goalId: foreignGoalId });
      expect(foreign.status).toBe(400);
      expect(foreign.body.errors).toEqual([expect.objectContaining({ path: 'goalId' })]);
      for (const body of [{}, { body: '  ' }, { body: 'x'.repeat(20001) }]) {
        const refused = await client.request('PATCH', `/api/v1/journal/${entry.id}`, body);
        expect(refused.status).toBe(400);
        expect(refused.body.errors.length).toBeGreaterThan(0);
      }
      expect((await client.request('PATCH', '/api/v1/journal/00000000-0000-4000-8000-000000000000', { body: 'x' })).status).toBe(404);
      expect((await rowOf('journal_entries', entry.id))?.body).toBe('Nervous, then it went well');
    });

    it('never lets the coach change an entry: 403 for a shared one they read, 404 for one they cannot; nobody else either', async () => {
      const shared = await write('SHARED-ENTRY: I want to quit', true);
      const unshared = await write('PRIVATE-ENTRY: I did not tell my coach');
      const before = { shared: await rowOf('journal_entries', shared.id), unshared: await rowOf('journal_entries', unshared.id) };
      const attempts = (browser: Browser, id: string) => [
        browser.request('PATCH', `/api/v1/journal/${id}`, { body: 'Overwritten' }),
        browser.request('DELETE', `/api/v1/journal/${id}`),
      ];
      for (const refused of await Promise.all(attempts(coach, shared.id))) expect(refused.body).toMatchObject({ status: 403, code: 'forbidden' });
      for (const refused of await Promise.all(attempts(coach, unshared.id))) {
        expect(refused.body).toMatchObject({ status: 404, code: 'journal_entry_not_found' });
        expect(JSON.stringify(refused.body)).not.toContain('PRIVATE-ENTRY');
      }
      for (const browser of [owner, otherCoach, stranger]) {
        for (const id of [shared.id, unshared.id]) {
          for (const refused of await Promise.all(attempts(browser, id))) expect(refused.body).toMatchObject({ status: 404, code: 'journal_entry_not_found' });
        }
      }
      expect({ shared: await rowOf('journal_entries', shared.id), unshared: await rowOf('journal_entries', unshared.id) }).toEqual(before);
    });

    it('changes nothing when the coach updates or deletes a shared entry by direct SQL as the app role', async () => {
      const shared = await write('SHARED-ENTRY: the database holds the line', true);
      const before = await rowOf('journal_entries', shared.id);
      // The coach reads it...
      expect(await asPerson(server, people.coach, (tx) => tx.query('SELECT id FROM journal_entries WHERE id = $1', [shared.id]))).toEqual([{ id: shared.id }]);
      // ...but every change of theirs finds no row.
      for (const change of [
        "UPDATE journal_entries SET body = 'Rewritten by the coach' WHERE id = $1 RETURNING id",
        'UPDATE journal_entries SET updated_at = now(), goal_id = NULL WHERE id = $1 RETURNING id',
        'DELETE FROM journal_entries WHERE id = $1 RETURNING id',
      ]) {
        expect(await asPerson(server, people.coach, (tx) => tx.query(change, [shared.id])), change).toEqual([]);
      }
      expect(await asPerson(server, people.coach, (tx) => tx.query('DELETE FROM journal_entries RETURNING id'))).toEqual([]);
      for (const who of ['owner', 'otherCoach'] as const) {
        expect(await asPerson(server, people[who], (tx) => tx.query('DELETE FROM journal_entries WHERE id = $1 RETURNING id', [shared.id])), who).toEqual([]);
      }
      expect(await rowOf('journal_entries', shared.id)).toEqual(before);
      // The client, whose entry it is, may.
      expect(await asPerson(server, people.client, (tx) => tx.query('DELETE FROM journal_entries WHERE id = $1 RETURNING id', [shared.id]))).toEqual([{ id: shared.id }]);
    });

    it('keeps no copy of the words of an edited or removed entry in the answers stored for retries', async () => {
      const storedWith = async (words: string) =>
        (await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM idempotency_keys WHERE response_body::text LIKE $1`, [`%${words}%`]))[0]?.n;
      const post = (key: string, body: string) => client.request('POST', `/api/v1/engagements/${engagementId}/journal`, { body }, { 'Idempotency-Key': key });
      const edited = (await post('journal-edit-key', 'Words I will soon reword')).body;
      const removed = (await post('journal-remove-key', 'Words I will soon take back')).body;
      expect([await storedWith('Words I will soon reword'), await storedWith('Words I will soon take back')]).toEqual([1, 1]);
      // A retry with the same key replays the stored answer, creating nothing.
      const retried = await post('journal-remove-key', 'Words I will soon take back');
      expect(retried.headers.get('idempotent-replayed')).toBe('true');
      expect(retried.body.id).toBe(removed.id);

      expect((await client.request('PATCH', `/api/v1/journal/${edited.id}`, { body: 'Reworded' })).status).toBe(200);
      expect((await client.request('DELETE', `/api/v1/journal/${removed.id}`)).status).toBe(204);
      expect([await storedWith('Words I will soon reword'), await storedWith('Words I will soon take back')]).toEqual([0, 0]);
    });

    it("takes a removed shared entry out of the coach's journal and inbox", async () => {
      const shared = await write('Shared, then taken back for good', true);
      const inboxHas = async () => ((await coach.get('/api/v1/inbox')).body.items as { journalEntryId: string | null }[]).some((item) => item.journalEntryId === shared.id);
      expect(await inboxHas()).toBe(true);
      expect((await coach.get(`/api/v1/engagements/${engagementId}/journal`)).body.items.map((entry: { id: string }) => entry.id)).toContain(shared.id);

      expect((await client.request('DELETE', `/api/v1/journal/${shared.id}`)).status).toBe(204);
      expect(await inboxHas()).toBe(false);
      expect((await coach.get(`/api/v1/engagements/${engagementId}/journal`)).body.items.map((entry: { id: string }) => entry.id)).not.toContain(shared.id);
      expect((await client.get(`/api/v1/engagements/${engagementId}/journal`)).body.items.map((entry: { id: string }) => entry.id)).not.toContain(shared.id);
      expect((await client.request('DELETE', `/api/v1/journal/${shared.id}`)).status).toBe(404);
    });
  });

  describe('agenda items', () => {
    it('lets either side reword and remove items of a planned session, and closes up the positions', async () => {
      const session = await planSession('2026-10-21T09:00');
      for (const text of ['First', 'Second', 'Third', 'Fourth']) await client.post(`/api/v1/sessions/${session.id}/agenda-items`, { text });
      const [first, second, third, fourth] = await agendaOf(session.id);
      if (!first || !second || !third || !fourth) throw new Error('the agenda should have four items');

      const reworded = await coach.request('PATCH', `/api/v1/agenda-items/${second.id}`, { text: '  Second, reworded ' });
      expect(reworded.status).toBe(200);
      expect(reworded.body).toMatchObject({ id: second.id, text: 'Second, reworded', position: 1, updatedAt: clock().toISOString() });
      expect((await client.request('DELETE', `/api/v1/agenda-items/${second.id}`)).status).toBe(204);
      expect((await coach.request('DELETE', `/api/v1/agenda-items/${first.id}`)).status).toBe(204);
      expect((await agendaOf(session.id)).map((item) => [item.text, item.position])).toEqual([
        ['Third', 0],
        ['Fourth', 1],
      ]);
      const positions = await server.db.query<{ position: number }>('SELECT position FROM agenda_items WHERE session_id = $1 ORDER BY position', [session.id]);
      expect(positions).toEqual([{ position: 0 }, { position: 1 }]);
      // Adding and reordering go on from the closed-up positions.
      await client.post(`/api/v1/sessions/${session.id}/agenda-items`, { text: 'Fifth' });
      const all = await agendaOf(session.id);
      expect(all.map((item) => item.position)).toEqual([0, 1, 2]);
      const reordered = await coach.request('PUT', `/api/v1/sessions/${session.id}/agenda-items/order`, { itemIds: all.map((item) => item.id).reverse() });
      expect(reordered.body.items.map((item: AgendaItem) => item.text)).toEqual(['Fifth', 'Fourth', 'Third']);
      expect((await coach.request('DELETE', `/api/v1/agenda-items/${first.id}`)).status).toBe(404);
    });

    it('refuses people outside the engagement and bad words, changing nothing', async () => {
      const session = await planSession('2026-10-22T09:00');
      const item = (await client.post(`/api/v1/sessions/${session.id}/agenda-items`, { text: 'Mine' })).body as AgendaItem;
      const before = await rowOf('agenda_items', item.id);
      for (const [who, browser] of [['owner', owner], ['other coach', otherCoach], ['other practice', stranger]] as const) {
        expect((await browser.request('PATCH', `/api/v1/agenda-items/${item.id}`, { text: 'Taken over' })).body, who).toMatchObject({ status: 404, code: 'agenda_item_not_found' });
        expect((await browser.request('DELETE', `/api/v1/agenda-items/${item.id}`)).body, who).toMatchObject({ status: 404, code: 'agenda_item_not_found' });
      }
      expect((await new Browser(server.url).request('DELETE', `/api/v1/agenda-items/${item.id}`)).status).toBe(401);
      for (const body of [{}, { text: '   ' }, { text: 'x'.repeat(2001) }, { text: 7 }]) {
        const refused = await client.request('PATCH', `/api/v1/agenda-items/${item.id}`, body);
        expect(refused.status).toBe(400);
        expect(refused.body.errors.map((error: { path: string }) => error.path)).toContain('text');
      }
      expect((await client.request('PATCH', '/api/v1/agenda-items/00000000-0000-4000-8000-000000000000', { text: 'x' })).status).toBe(404);
      expect(await rowOf('agenda_items', item.id)).toEqual(before);
    });

    it('refuses changes once the session is held or cancelled (409, naming the state)', async () => {
      const session = await planSession('2026-10-23T09:00');
      const item = (await client.post(`/api/v1/sessions/${session.id}/agenda-items`, { text: 'Before the session' })).body as AgendaItem;
      await coach.patch(`/api/v1/sessions/${session.id}`, { status: 'held' });
      const before = await rowOf('agenda_items', item.id);
      const edit = await client.request('PATCH', `/api/v1/agenda-items/${item.id}`, { text: 'Rewritten afterwards' });
      expect(edit.status).toBe(409);
      expect(edit.body).toMatchObject({ code: 'invalid_transition', currentState: 'held' });
      expect((await coach.request('DELETE', `/api/v1/agenda-items/${item.id}`)).body).toMatchObject({ status: 409, currentState: 'held' });
      expect(await rowOf('agenda_items', item.id)).toEqual(before);
      await coach.patch(`/api/v1/sessions/${session.id}`, { status: 'planned' });
      await coach.patch(`/api/v1/sessions/${session.id}`, { status: 'cancelled' });
      expect((await coach.request('DELETE', `/api/v1/agenda-items/${item.id}`)).body).toMatchObject({ status: 409, currentState: 'cancelled' });
    });

    it('removes a carried-over item but keeps its words', async () => {
      const earlier = await planSession('2026-10-26T09:00');
      await client.post(`/api/v1/sessions/${earlier.id}/commitments`, { text: 'Book a room for the talk' });
      const later = await planSession('2026-11-02T09:00');
      const carried = later.agenda.find((item) => item.carriedFrom?.kind === 'commitment');
      if (!carried) throw new Error('the open commitment should be carried over');
      const refused = await client.request('PATCH', `/api/v1/agenda-items/${carried.id}`, { text: 'My own words' });
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([expect.objectContaining({ path: 'text', code: 'carried_over_item' })]);
      expect((await rowOf('agenda_items', carried.id))?.text).toBe(carried.text);
      expect((await client.request('DELETE', `/api/v1/agenda-items/${carried.id}`)).status).toBe(204);
      expect((await agendaOf(later.id)).map((item) => item.position)).toEqual(later.agenda.filter((item) => item.id !== carried.id).map((_, index) => index));
    });
  });
});
