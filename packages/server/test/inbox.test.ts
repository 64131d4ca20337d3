import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activateGoal,
  Browser,
  emailsTo,
  ENGINES,
  fixedClock,
  inviteClient,
  PASSWORD,
  readableText,
  signUpCoach,
  startTestServer,
  waitForEmail,
  watchingStatements,
  type TestServer,
} from './support.ts';

type Item = { key: string; kind: string; severity: string; clientName: string; goalId: string | null; on: string | null; daysOverdue: number | null; reasons: string[] };

describe.each(ENGINES)('the inbox on %s', (engine) => {
  // The goals become active on 5 January; their first review falls due 90 days later, on 5 April.
  const clock = fixedClock('2026-01-05T09:00:00Z');
  let server: TestServer;
  let coach: Browser;
  let coachEmail: string;
  let anna: Awaited<ReturnType<typeof inviteClient>>;
  let bruno: Awaited<ReturnType<typeof inviteClient>>;
  let annaGoal: string;
  let brunoDraft: { id: string; pendingRevision: { id: string } };

  const inboxOf = async (browser: Browser) => {
    const response = await browser.get('/api/v1/inbox');
    expect(response.status).toBe(200);
    return response.body as { asOf: string; side: string; items: Item[]; clients: { clientName: string; status: string; atRisk: number }[] };
  };
  const kindsFor = (items: Item[], goalId: string) => items.filter((item) => item.goalId === goalId).map((item) => item.kind).sort();

  beforeAll(async () => {
    server = await startTestServer(engine, { clock });
    ({ browser: coach, email: coachEmail } = await signUpCoach(server));
    anna = await inviteClient(server, coach, 'Anna Ozola');
    bruno = await inviteClient(server, coach, 'Bruno Kalns');
    annaGoal = await activateGoal({ coach, client: anna.client }, anna.engagementId, {
      title: 'Deliver 10 company presentations', horizon: 'quarter', startsOn: '2026-01-05', dueOn: '2026-03-31',
    });
    const metric = (await anna.client.post(`/api/v1/goals/${annaGoal}/metrics`, { name: 'Talks', kind: 'number', baseline: 0, baselineOn: '2026-01-05', target: 10 })).body;
    await anna.client.post(`/api/v1/goals/${annaGoal}/check-ins`, { kind: 'metric', effectiveOn: '2026-01-05', confidence: 2, values: [{ metricId: metric.id, value: 0 }] });
    // Bruno drafts a goal and proposes it: it waits for the coach.
    brunoDraft = (await bruno.client.post(`/api/v1/engagements/${bruno.engagementId}/goals`, { title: 'Run 3 team retrospectives', horizon: 'month', startsOn: '2026-01-05', dueOn: '2026-02-04' })).body;
    await bruno.client.post(`/api/v1/goals/${brunoDraft.id}/agreements`, { revisionId: brunoDraft.pendingRevision.id, decision: 'agree' });
  });
  afterAll(() => server?.close());

  it("gives the coach one list across clients, most pressing first, and each client's standing worst first", async () => {
    const inbox = await inboxOf(coach);
    expect(inbox).toMatchObject({ asOf: '2026-01-05', side: 'coach' });
    const atRisk = inbox.items.find((item) => item.kind === 'goal_at_risk');
    expect(atRisk).toMatchObject({ goalId: annaGoal, clientName: 'Anna Ozola', severity: 'risk' });
    expect(atRisk?.reasons.join(' ')).toMatch(/confidence was 2\/10/i);
    expect(inbox.items.find((item) => item.kind === 'goal_awaiting_agreement')).toMatchObject({ goalId: brunoDraft.id, clientName: 'Bruno Kalns' });
    expect(inbox.items[0]?.severity).toBe('risk');
    expect(inbox.clients.map((client) => [client.clientName, client.status])).toEqual([
      ['Anna Ozola', 'at_risk'],
      ['Bruno Kalns', 'not_judged'],
    ]);
  });

  it('gives the most pressing items up to a limit, with the total and the count of each kind', async () => {
    const all = await inboxOf(coach);
    const one = (await coach.get('/api/v1/inbox?limit=1')).body;
    expect(one.items).toEqual([all.items[0]]);
    expect(one.total).toBe(all.items.length);
    expect(one.counts).toMatchObject({ goal_at_risk: 1, goal_awaiting_agreement: 1 });
    const refused = await coach.get('/api/v1/inbox?limit=0');
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ path: 'limit' })]);
  });

  it("gives a client their own side only: nothing waits for them on a goal they proposed", async () => {
    const inbox = await inboxOf(bruno.client);
    expect(inbox.side).toBe('client');
    expect(inbox.clients).toEqual([]);
    expect(kindsFor(inbox.items, brunoDraft.id)).toEqual([]);
    expect(inbox.items.every((item) => item.clientName === 'Bruno Kalns')).toBe(true);
    expect((await inboxOf(anna.client)).items.map((item) => item.goalId)).not.toContain(brunoDraft.id);
  });

  it('lets an item leave when it is done: the coach agrees, the awaiting item is gone', async () => {
    await coach.post(`/api/v1/goals/${brunoDraft.id}/agreements`, { revisionId: brunoDraft.pendingRevision.id, decision: 'agree' });
    expect(kindsFor((await inboxOf(coach)).items, brunoDraft.id)).not.toContain('goal_awaiting_agreement');
  });

  it("shows a stakeholder's new answer until its reader marks it seen, for that reader only", async () => {
    const asked = await anna.client.post(`/api/v1/goals/${annaGoal}/feedback-requests`, { stakeholderName: 'Team lead', question: 'How did the last talk land?' });
    await new Browser(server.url).post(`/api/v1/feedback/${asked.body.url.split('/').pop()}`, { rating: 4, text: 'Clear and calm' });
    const answer = (await inboxOf(coach)).items.find((item) => item.kind === 'stakeholder_feedback');
    expect(answer).toMatchObject({ goalId: annaGoal, stakeholderName: 'Team lead', rating: 4, acknowledgeable: true, on: '2026-01-05' });
    if (!answer) throw new Error('no answer in the inbox');

    expect((await coach.post('/api/v1/inbox/acknowledgements', { key: answer.key })).status).toBe(204);
    expect((await inboxOf(coach)).items.map((item) => item.key)).not.toContain(answer.key);
    expect((await inboxOf(anna.client)).items.map((item) => item.key)).toContain(answer.key);
    // Again: nothing changes. Someone else's item: nothing happens, and nothing is revealed.
    expect((await coach.post('/api/v1/inbox/acknowledgements', { key: answer.key })).status).toBe(204);
    expect((await bruno.client.post('/api/v1/inbox/acknowledgements', { key: answer.key })).status).toBe(204);
    expect((await inboxOf(anna.client)).items.map((item) => item.key)).toContain(answer.key);
    // Items with a "done" of their own are not cleared by looking at them.
    const refused = await coach.post('/api/v1/inbox/acknowledgements', { key: `goal_at_risk:${annaGoal}` });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ path: 'key', code: 'not_acknowledgeable' })]);
    expect((await new Browser(server.url).get('/api/v1/inbox')).status).toBe(401);
  });

  it('brings reviews up two weeks ahead and marks them overdue after, and flags silent goals', async () => {
    const signIn = async (browser: Browser, email: string) => expect((await browser.post('/api/v1/auth/login', { email, password: PASSWORD })).status).toBe(200);
    clock.set('2026-03-23T09:00:00Z');
    await signIn(coach, coachEmail);
    // Anna's goal ends on 31 March, before its 90-day review (5 April): it is looked back on at its end.
    const coming = (await inboxOf(coach)).items.find((item) => item.kind === 'review_due' && item.goalId === annaGoal);
    expect(coming).toMatchObject({ on: '2026-03-31', severity: 'info', daysOverdue: null });
    clock.set('2026-04-10T09:00:00Z');
    await signIn(coach, coachEmail);
    const items = (await inboxOf(coach)).items;
    expect(items.find((item) => item.kind === 'review_due' && item.goalId === annaGoal)).toMatchObject({ on: '2026-03-31', severity: 'attention', daysOverdue: 10 });
    // Bruno's month goal has had no check-in since it started on 5 January.
    const silent = items.find((item) => item.kind === 'check_in_overdue' && item.goalId === brunoDraft.id);
    expect(silent).toMatchObject({ severity: 'risk' });
    expect(silent?.reasons[0]).toMatch(/no check-in/i);
  });

  it("lists overdue commitments for both sides, and a journal entry newly shared for the coach until seen", async () => {
    const signIn = async (browser: Browser, email: string) => expect((await browser.post('/api/v1/auth/login', { email, password: PASSWORD })).status).toBe(200);
    clock.set('2026-04-20T09:00:00Z');
    await signIn(coach, coachEmail);
    await signIn(anna.client, anna.email);
    const session = await coach.post(`/api/v1/engagements/${anna.engagementId}/sessions`, { scheduledAt: '2026-04-20T10:00:00Z', durationMinutes: 60 });
    expect(session.status).toBe(201);
    const made = await anna.client.post(`/api/v1/sessions/${session.body.id}/commitments`, { text: 'Book the rehearsal room', dueOn: '2026-04-22', goalId: annaGoal });
    expect(made.status).toBe(201);
    const entry = await anna.client.post(`/api/v1/engagements/${anna.engagementId}/journal`, { body: 'Nervous before the talk, but ready.' });
    expect((await inboxOf(coach)).items.map((item) => item.kind)).not.toContain('journal_shared');

    clock.set('2026-04-25T09:00:00Z');
    const late = (await inboxOf(coach)).items.find((item) => item.kind === 'commitment_overdue');
    expect(late).toMatchObject({ goalId: annaGoal, on: '2026-04-22', daysOverdue: 3, clientName: 'Anna Ozola', severity: 'info' });
    expect((await inboxOf(anna.client)).items.find((item) => item.kind === 'commitment_overdue')).toMatchObject({ severity: 'attention' });

    expect((await anna.client.post(`/api/v1/journal/${entry.body.id}/share`)).status).toBe(200);
    const shared = (await inboxOf(coach)).items.find((item) => item.kind === 'journal_shared');
    expect(shared).toMatchObject({ journalEntryId: entry.body.id, acknowledgeable: true, clientName: 'Anna Ozola' });
    expect(JSON.stringify(shared)).not.toContain('Nervous');
    expect((await inboxOf(anna.client)).items.map((item) => item.kind)).not.toContain('journal_shared');
    expect((await coach.post('/api/v1/inbox/acknowledgements', { key: shared?.key })).status).toBe(204);
    expect((await inboxOf(coach)).items.map((item) => item.kind)).not.toContain('journal_shared');

    // Done: the commitment leaves both inboxes.
    expect((await anna.client.patch(`/api/v1/commitments/${made.body.id}`, { status: 'done' })).status).toBe(200);
    expect((await inboxOf(coach)).items.map((item) => item.kind)).not.toContain('commitment_overdue');
  });

  it('reads the inbox in a fixed number of SQL statements, however many clients, and draws again only what changed', async () => {
    const read = async () => {
      let statements = 0;
      const response = await watchingStatements(server.db, () => (statements += 1), () => coach.get('/api/v1/inbox?limit=500'));
      expect(response.status).toBe(200);
      return { statements, body: response.body };
    };
    await read();
    const kept = await read();
    // Who is asking; then the print of what the inbox is drawn from, with the inbox kept at that
    // print, given as it was written (decision 021).
    expect(kept.statements).toBe(2);
    for (const name of ['Cara Liepa', 'Dita Berza']) {
      const joined = await inviteClient(server, coach, name);
      await activateGoal({ coach, client: joined.client }, joined.engagementId, { title: 'Write 4 blog posts', horizon: 'month', startsOn: '2026-04-01', dueOn: '2026-04-30' });
    }
    // Two new clients are drawn; the others come from what was kept.
    const someDrawn = await read();
    expect(someDrawn.body.clients).toHaveLength(kept.body.clients.length + 2);
    expect((await read()).statements).toBe(kept.statements);
    // Another language: every client is drawn again, in the same statements as for two.
    await coach.patch('/api/v1/me', { locale: 'lv' });
    const allDrawn = await read();
    expect(allDrawn.statements).toBe(someDrawn.statements);
    await coach.patch('/api/v1/me', { locale: 'en' });
    const drawnAgain = await read();
    const keptAgain = await read();
    expect(keptAgain.statements).toBe(kept.statements);
    // What was kept reads exactly as what was drawn.
    expect(keptAgain.body).toEqual(drawnAgain.body);
  });

  it('draws out-of-date standings once when the same reader looks several times at once', async () => {
    const joined = await inviteClient(server, coach, 'Gita Kalna');
    await activateGoal({ coach, client: joined.client }, joined.engagementId, { title: 'Hold 2 team workshops', horizon: 'month', startsOn: '2026-04-01', dueOn: '2026-04-30' });
    await coach.get('/api/v1/inbox');
    // Another language: every look below finds every kept standing out of date.
    await coach.patch('/api/v1/me', { locale: 'lv' });
    let draws = 0;
    try {
      const looks = await watchingStatements(
        server.db,
        (text) => (draws += /\bINSERT INTO inbox_standings\b/.test(text) ? 1 : 0),
        () => Promise.all(Array.from({ length: 5 }, () => coach.get('/api/v1/inbox?limit=500'))),
      );
      expect(looks.map((look) => look.status)).toEqual([200, 200, 200, 200, 200]);
      // The first look draws; the others wait for it and read what it kept, the same inbox.
      expect(draws).toBe(1);
      for (const look of looks.slice(1)) expect(look.body).toEqual(looks[0]?.body);
    } finally {
      await coach.patch('/api/v1/me', { locale: 'en' });
    }
  });

  it('draws a client again when anything their goals stand on changes, and on the next day', async () => {
    const joined = await inviteClient(server, coach, 'Elza Ozola');
    const goalId = await activateGoal({ coach, client: joined.client }, joined.engagementId, {
      title: 'Run 3 workshops', horizon: 'month', startsOn: '2026-04-01', dueOn: '2026-04-30',
    });
    type Item = { kind: string; goalId: string | null; reasons: string[] };
    const look = async () => {
      const inbox = (await coach.get('/api/v1/inbox?limit=500')).body as { items: Item[]; clients: { engagementId: string; status: string }[] };
      return {
        status: inbox.clients.find((client) => client.engagementId === joined.engagementId)?.status,
        atRisk: inbox.items.find((item) => item.goalId === goalId && item.kind === 'goal_at_risk')?.reasons ?? null,
      };
    };
    // Measured and on plan: the client is on track.
    const metric = (await joined.client.post(`/api/v1/goals/${goalId}/metrics`, { name: 'Workshops', kind: 'number', baseline: 0, baselineOn: '2026-04-01', target: 3 })).body;
    await joined.client.post(`/api/v1/goals/${goalId}/check-ins`, { kind: 'metric', effectiveOn: '2026-04-25', confidence: 8, values: [{ metricId: metric.id, value: 3 }] });
    expect(await look()).toEqual({ status: 'on_track', atRisk: null });
    expect(await look()).toEqual({ status: 'on_track', atRisk: null });
    // An obstacle without a contingency plan needs attention.
    expect((await joined.client.post(`/api/v1/goals/${goalId}/obstacles`, { description: 'No room booked', category: 'missing_skills_resources_support' })).status).toBe(201);
    expect((await look()).status).toBe('needs_attention');
    // A correction back to nothing done, with little confidence: at risk, with the reasons.
    const checkIns = (await joined.client.get(`/api/v1/goals/${goalId}/check-ins`)).body.items as { id: string }[];
    const corrected = await joined.client.post(`/api/v1/goals/${goalId}/check-ins`, {
      kind: 'metric', effectiveOn: '2026-04-25', confidence: 2, supersedesId: checkIns[0]?.id, values: [{ metricId: metric.id, value: 0 }],
    });
    expect(corrected.status).toBe(201);
    const atRisk = await look();
    expect(atRisk.status).toBe('at_risk');
    expect(atRisk.atRisk?.join(' ')).toMatch(/0% done/);
    // The next day, more is expected by today: drawn again, though no data changed.
    clock.set('2026-04-27T09:00:00Z');
    const nextDay = await look();
    expect(nextDay.atRisk).not.toEqual(atRisk.atRisk);
    // Dropped: the goal leaves the inbox at once.
    const version = (await coach.get(`/api/v1/goals/${goalId}`)).body.version;
    expect((await coach.post(`/api/v1/goals/${goalId}/state`, { state: 'dropped', reason: 'Workshops cancelled', version })).status).toBe(200);
    // The client is emailed of it (news-emails.test.ts): sent now, so that later counts are of their own emails.
    expect(await server.app.emails.runOnce()).toMatchObject({ sent: 1 });
    expect(await look()).toEqual({ status: 'not_judged', atRisk: null });
  });

  it('gives a kept inbox again as it was written, and writes it again when anything it shows changes', async () => {
    type Look = { items: (Item & { journalEntryId: string | null })[]; clients: { clientName: string }[] };
    const look = async (browser: Browser = coach) => (await browser.get('/api/v1/inbox?limit=500')).body as Look;
    const signIn = async (browser: Browser, email: string) => expect((await browser.post('/api/v1/auth/login', { email, password: PASSWORD })).status).toBe(200);
    clock.set('2026-05-01T12:00:00Z');
    await signIn(coach, coachEmail);
    await signIn(anna.client, anna.email);
    const before = await look();
    expect(await look()).toEqual(before);

    // A client's new name.
    expect((await anna.client.patch('/api/v1/me', { name: 'Anna Liepa' })).status).toBe(200);
    const renamed = await look();
    expect(renamed.clients.map((client) => client.clientName)).toContain('Anna Liepa');
    expect(renamed.items.filter((item) => item.goalId === annaGoal).map((item) => item.clientName)).toEqual(
      expect.arrayContaining(['Anna Liepa']),
    );
    expect(JSON.stringify(renamed)).not.toContain('Anna Ozola');

    // A journal entry shared, then no longer shared.
    const entry = (await anna.client.post(`/api/v1/engagements/${anna.engagementId}/journal`, { body: 'Second talk went better.' })).body;
    await anna.client.post(`/api/v1/journal/${entry.id}/share`);
    expect((await look()).items.map((item) => item.journalEntryId)).toContain(entry.id);
    expect((await anna.client.request('DELETE', `/api/v1/journal/${entry.id}/share`)).status).toBe(200);
    expect((await look()).items.map((item) => item.journalEntryId)).not.toContain(entry.id);

    // A stakeholder's answer counts as new for 30 whole days of the reader's calendar: all of the
    // 30th day after the one it came on (Riga time), not a moment of it less.
    clock.set('2026-05-01T15:00:00Z');
    const asked = await anna.client.post(`/api/v1/goals/${annaGoal}/feedback-requests`, { stakeholderName: 'Mentor', question: 'How was the talk?' });
    await new Browser(server.url).post(`/api/v1/feedback/${asked.body.url.split('/').pop()}`, { rating: 5 });
    const answered = (await look()).items.filter((item) => item.kind === 'stakeholder_feedback' && item.on === '2026-05-01');
    expect(answered).toHaveLength(1);
    clock.set('2026-05-31T20:59:00Z');
    await signIn(coach, coachEmail);
    expect((await look()).items.map((item) => item.key)).toContain(answered[0]?.key);
    clock.set('2026-05-31T21:00:00Z');
    expect((await look()).items.map((item) => item.key)).not.toContain(answered[0]?.key);
  });
  it('tells the other side that a session was cancelled, until they mark it seen or its day has passed', async () => {
    type CancelledItem = Item & { sessionId: string | null; scheduledAt: string | null; cancelledByName: string | null; acknowledgeable: boolean };
    const cancelledIn = async (browser: Browser) =>
      ((await browser.get('/api/v1/inbox?limit=500')).body as { items: CancelledItem[] }).items.filter((item) => item.kind === 'session_cancelled');
    const nameOf = async (browser: Browser) => ((await browser.get('/api/v1/me')).body as { user: { name: string } }).user.name;
    const setStatus = async (browser: Browser, sessionId: string, status: string) => {
      const response = await browser.patch(`/api/v1/sessions/${sessionId}`, { status });
      expect(response.status).toBe(200);
      return response.body as { status: string; cancelledBy: { name: string } | null; cancelledAt: string | null };
    };
    clock.set('2026-06-01T09:00:00Z');
    expect((await coach.post('/api/v1/auth/login', { email: coachEmail, password: PASSWORD })).status).toBe(200);
    expect((await anna.client.post('/api/v1/auth/login', { email: anna.email, password: PASSWORD })).status).toBe(200);
    const [coachName, annaName] = [await nameOf(coach), await nameOf(anna.client)];
    const schedule = async (scheduledAt: string) => {
      const response = await coach.post(`/api/v1/engagements/${anna.engagementId}/sessions`, { scheduledAt, durationMinutes: 60 });
      expect(response.status).toBe(201);
      return (response.body as { id: string }).id;
    };
    const soon = await schedule('2026-06-03T07:00:00Z');
    const later = await schedule('2026-06-10T07:00:00Z');
    expect(await cancelledIn(coach)).toEqual([]);

    // The client cancels: the session says who and when, and the coach is told; the client is not.
    clock.set('2026-06-01T10:00:00Z');
    expect(await setStatus(anna.client, soon, 'cancelled')).toMatchObject({ status: 'cancelled', cancelledBy: { name: annaName }, cancelledAt: '2026-06-01T10:00:00.000Z' });
    expect(await cancelledIn(coach)).toEqual([
      expect.objectContaining({
        sessionId: soon,
        scheduledAt: '2026-06-03T07:00:00.000Z',
        on: '2026-06-03',
        cancelledByName: annaName,
        clientName: annaName,
        severity: 'attention',
        acknowledgeable: true,
      }),
    ]);
    expect(await cancelledIn(anna.client)).toEqual([]);
    // And emailed, in their language and on their clock, with a link to the session.
    expect(await server.app.emails.runOnce()).toMatchObject({ sent: 1 });
    const told = readableText(await waitForEmail(server.outboxDir, coachEmail));
    expect(told).toMatch(/^Subject: Session cancelled: 3 June 2026$/m);
    expect(told).toContain(`${annaName} cancelled your coaching session of 3 June 2026 at 10:00 (Eastern European Time).`);
    expect(told).toContain(`/sessions/${soon}`);

    // The coach cancels the other: the client is told. Put back, it leaves; cancelled again, it is back.
    await setStatus(coach, later, 'cancelled');
    expect((await cancelledIn(anna.client)).map((item) => [item.sessionId, item.cancelledByName])).toEqual([[later, coachName]]);
    // Only the one who cancelled puts it back: the client was told it is off, and the coach would not be.
    const refused = await anna.client.patch(`/api/v1/sessions/${later}`, { status: 'planned' });
    expect(refused.body).toMatchObject({ status: 409, code: 'invalid_transition', currentState: 'cancelled' });
    expect(refused.body.detail).toContain(`${coachName} cancelled this session: only they can put it back.`);
    expect(await setStatus(coach, later, 'planned')).toMatchObject({ cancelledBy: null, cancelledAt: null });
    expect(await cancelledIn(anna.client)).toEqual([]);
    clock.set('2026-06-01T11:00:00Z');
    await setStatus(coach, later, 'cancelled');
    const again = await cancelledIn(anna.client);
    expect(again.map((item) => item.sessionId)).toEqual([later]);
    // Emailed each time it was cancelled, and not when it was put back.
    expect(await server.app.emails.runOnce()).toMatchObject({ sent: 2 });
    expect(readableText(await waitForEmail(server.outboxDir, anna.email, 2))).toContain(`${coachName} cancelled your coaching session of 10 June 2026 at 10:00`);
    expect(await emailsTo(server.outboxDir, anna.email)).toHaveLength(2);
    // The one who cancels is not emailed of it.
    expect(await emailsTo(server.outboxDir, coachEmail)).toHaveLength(1);

    // Marked seen, it leaves that reader's inbox.
    expect((await anna.client.post('/api/v1/inbox/acknowledgements', { key: again[0]?.key })).status).toBe(204);
    expect(await cancelledIn(anna.client)).toEqual([]);
    expect((await cancelledIn(coach)).map((item) => item.sessionId)).toEqual([soon]);

    // Unseen, it stays until the session's day has passed on the reader's calendar (Riga time).
    clock.set('2026-06-03T20:59:00Z');
    expect((await cancelledIn(coach)).map((item) => item.sessionId)).toEqual([soon]);
    clock.set('2026-06-03T21:00:00Z');
    expect(await cancelledIn(coach)).toEqual([]);
  });
});
