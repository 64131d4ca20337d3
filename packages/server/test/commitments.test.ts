import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activateGoal, Browser, ENGINES, fixedClock, inviteClient, signUpCoach, startTestServer, type TestServer } from './support.ts';

type Commitment = { id: string; text: string; status: string; overdue: boolean; dueOn: string | null; owner: string; history: { fromStatus: string | null; toStatus: string; outcome: string | null; sessionId: string | null; by: { name: string } }[] };

describe.each(ENGINES)('commitments on %s', (engine) => {
  const clock = fixedClock('2026-10-20T08:00:00Z');
  let server: TestServer;
  let coach: Browser;
  let client: Browser;
  let engagementId: string;
  let sessionId: string;

  beforeAll(async () => {
    server = await startTestServer(engine, { clock });
    coach = (await signUpCoach(server)).browser;
    ({ client, engagementId } = await inviteClient(server, coach));
    await coach.patch('/api/v1/me', { timeZone: 'America/New_York' });
    sessionId = (await coach.post(`/api/v1/engagements/${engagementId}/sessions`, { scheduledAt: '2026-10-20T09:00', durationMinutes: 60 })).body.id;
  });
  afterAll(() => server?.close());

  const commit = (by: Browser, body: object, headers: Record<string, string> = {}) => by.request('POST', `/api/v1/sessions/${sessionId}/commitments`, body, headers);

  it('makes commitments for either side, the client by default, linked to a goal and due on a date', async () => {
    const goalId = await activateGoal({ coach, client }, engagementId, { title: 'Run 3 times a week', horizon: 'month', startsOn: '2026-10-01', dueOn: '2026-10-31' });
    const mine = await commit(client, { text: 'Book the running club trial', goalId, dueOn: '2026-10-25' });
    expect(mine.status).toBe(201);
    expect(mine.body).toMatchObject({ text: 'Book the running club trial', owner: 'client', goalId, dueOn: '2026-10-25', status: 'open', overdue: false, sessionId, followUp: null });
    expect(mine.body.history).toEqual([expect.objectContaining({ fromStatus: null, toStatus: 'open', sessionId, by: expect.objectContaining({ name: 'Client Kalniņa' }) })]);
    const theirs = await commit(coach, { text: 'Find a reading on habits', owner: 'coach' });
    expect(theirs.body).toMatchObject({ owner: 'coach', dueOn: null });

    const other = await inviteClient(server, coach, 'Other Client');
    const foreignGoal = (await other.client.post(`/api/v1/engagements/${other.engagementId}/goals`, { title: 'Elsewhere', horizon: 'month' })).body.id;
    const bad = await commit(client, { text: 'Linked to a stranger', goalId: foreignGoal, dueOn: '2026-13-01' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ path: 'dueOn' })]);
    const wrongGoal = await commit(client, { text: 'Linked to a stranger', goalId: foreignGoal });
    expect(wrongGoal.body.errors).toEqual([expect.objectContaining({ path: 'goalId', code: 'unknown_goal' })]);
    const empty = await commit(client, { text: '   ' });
    expect(empty.body.errors).toEqual([expect.objectContaining({ path: 'text' })]);

    const mineOnHome = (await client.get('/api/v1/me/commitments')).body.items as Commitment[];
    expect(mineOnHome.map((c) => c.text)).toEqual(['Book the running club trial']);
    const coachOnHome = (await coach.get('/api/v1/me/commitments')).body.items as Commitment[];
    expect(coachOnHome.map((c) => c.text)).toEqual(['Find a reading on habits']);
  });

  it('creates nothing twice for a retried POST with the same Idempotency-Key', async () => {
    const body = { text: 'Write the retro notes', dueOn: '2026-10-30' };
    const headers = { 'idempotency-key': 'commitment-retry-1' };
    const first = await commit(client, body, headers);
    const retry = await commit(client, body, headers);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const list = (await coach.get(`/api/v1/engagements/${engagementId}/commitments`)).body.items as Commitment[];
    expect(list.filter((c) => c.text === 'Write the retro notes')).toHaveLength(1);
    const reused = await commit(client, { ...body, text: 'Something else' }, headers);
    expect(reused.status).toBe(409);
    // Another person's key is theirs alone.
    const coachSameKey = await commit(coach, body, headers);
    expect(coachSameKey.status).toBe(201);
    expect(coachSameKey.body.id).not.toBe(first.body.id);
  });

  it("marks a commitment overdue once its due date has passed on the reader's own calendar", async () => {
    const due = (await commit(client, { text: 'Send the proposal', dueOn: '2026-10-21' })).body as Commitment;
    const overdueFor = async (browser: Browser) =>
      ((await browser.get(`/api/v1/engagements/${engagementId}/commitments?status=open`)).body.items as Commitment[]).find((c) => c.id === due.id)?.overdue;
    clock.set('2026-10-21T20:00:00Z'); // 23:00 on the 21st in Riga, 16:00 in New York: due today for both
    expect([await overdueFor(client), await overdueFor(coach)]).toEqual([false, false]);
    clock.set('2026-10-21T22:30:00Z'); // already the 22nd in Riga, still the 21st in New York
    expect([await overdueFor(client), await overdueFor(coach)]).toEqual([true, false]);
    clock.set('2026-10-22T05:00:00Z'); // the 22nd in both
    expect([await overdueFor(client), await overdueFor(coach)]).toEqual([true, true]);
    await client.patch(`/api/v1/commitments/${due.id}`, { status: 'done' });
    expect(await overdueFor(client)).toBeUndefined();
    const done = ((await client.get(`/api/v1/engagements/${engagementId}/commitments?status=done`)).body.items as Commitment[]).find((c) => c.id === due.id);
    expect(done).toMatchObject({ status: 'done', overdue: false });
    clock.set('2026-10-20T08:00:00Z');
  });

  it('keeps every follow-up and status change in the history', async () => {
    const made = (await commit(client, { text: 'Ask for feedback on the talk' })).body as Commitment;
    const followUpSession = (await client.post(`/api/v1/engagements/${engagementId}/sessions`, { scheduledAt: '2026-10-27T09:00', durationMinutes: 60 })).body.id;
    const laterSession = (await client.post(`/api/v1/engagements/${engagementId}/sessions`, { scheduledAt: '2026-11-03T09:00', durationMinutes: 60 })).body.id;

    const sameSession = await client.patch(`/api/v1/commitments/${made.id}`, { outcome: 'Talked', sessionId });
    expect(sameSession.body.errors).toEqual([expect.objectContaining({ path: 'sessionId', code: 'same_session' })]);
    clock.advanceMinutes(60);
    const notYet = await coach.patch(`/api/v1/commitments/${made.id}`, { outcome: 'Asked two colleagues, waiting', sessionId: followUpSession });
    expect(notYet.body).toMatchObject({ status: 'open', followUp: { sessionId: followUpSession, outcome: 'Asked two colleagues, waiting', by: { name: 'Coach Carter' } } });
    clock.advanceMinutes(60);
    const done = await client.patch(`/api/v1/commitments/${made.id}`, { status: 'done', outcome: 'Three answers, all useful', sessionId: laterSession });
    clock.advanceMinutes(60);
    const reopened = await client.patch(`/api/v1/commitments/${made.id}`, { status: 'open' });
    expect(done.body.followUp).toMatchObject({ sessionId: laterSession, outcome: 'Three answers, all useful' });
    // Reopening keeps the last follow-up; the history keeps all of them, in order.
    expect(reopened.body).toMatchObject({ status: 'open', followUp: { sessionId: laterSession } });
    expect(reopened.body.history.map((event: Commitment['history'][number]) => [event.fromStatus, event.toStatus, event.outcome, event.sessionId, event.by.name])).toEqual([
      [null, 'open', null, sessionId, 'Client Kalniņa'],
      ['open', 'open', 'Asked two colleagues, waiting', followUpSession, 'Coach Carter'],
      ['open', 'done', 'Three answers, all useful', laterSession, 'Client Kalniņa'],
      ['done', 'open', null, null, 'Client Kalniņa'],
    ]);
    // The history is append-only, for the database too.
    await expect(server.db.query(`UPDATE commitment_events SET outcome = 'rewritten'`)).rejects.toThrow(/append-only/);
    const nothing = await client.patch(`/api/v1/commitments/${made.id}`, {});
    expect(nothing.status).toBe(400);
  });

  it('refuses commitments in a cancelled session', async () => {
    const cancelled = (await coach.post(`/api/v1/engagements/${engagementId}/sessions`, { scheduledAt: '2026-11-10T09:00', durationMinutes: 30 })).body.id;
    await coach.patch(`/api/v1/sessions/${cancelled}`, { status: 'cancelled' });
    const refused = await client.post(`/api/v1/sessions/${cancelled}/commitments`, { text: 'Too late' });
    expect(refused.body).toMatchObject({ status: 409, code: 'invalid_transition', currentState: 'cancelled' });
  });
});
