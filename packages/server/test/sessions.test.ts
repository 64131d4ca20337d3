import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activateGoal, Browser, ENGINES, fixedClock, inviteClient, PASSWORD, signUpCoach, startTestServer, type TestServer } from './support.ts';

type AgendaItem = { id: string; text: string; position: number; goalId: string | null; carriedFrom: { kind: string; id: string; label: string } | null };

describe.each(ENGINES)('coaching sessions on %s', (engine) => {
  // A week before Europe's clocks go back (25 October 2026) and two before America's (1 November).
  const clock = fixedClock('2026-10-19T08:00:00Z');
  let server: TestServer;
  let coach: Browser;
  let client: Browser;
  let engagementId: string;

  beforeAll(async () => {
    server = await startTestServer(engine, { clock });
    coach = (await signUpCoach(server)).browser;
    ({ client, engagementId } = await inviteClient(server, coach));
    // The client lives in Riga (the default); the coach works from New York.
    await coach.patch('/api/v1/me', { timeZone: 'America/New_York' });
  });
  afterAll(() => server?.close());

  const schedule = (by: Browser, body: object) => by.post(`/api/v1/engagements/${engagementId}/sessions`, body);

  it("shows a session at 09:00 on the client's clock, and at the coach's own hour across both daylight-saving changes", async () => {
    const before = await schedule(client, { scheduledAt: '2026-10-19T09:00', durationMinutes: 60 });
    expect(before.status).toBe(201);
    expect(before.body).toMatchObject({
      scheduledAt: '2026-10-19T06:00:00.000Z',
      endsAt: '2026-10-19T07:00:00.000Z',
      durationMinutes: 60,
      status: 'planned',
      clientTime: { timeZone: 'Europe/Riga', date: '2026-10-19', time: '09:00', offset: '+03:00' },
      readerTime: { timeZone: 'Europe/Riga', date: '2026-10-19', time: '09:00', offset: '+03:00' },
      sharedNotes: '',
      version: 1,
    });
    const seenByCoach = (await coach.get(`/api/v1/sessions/${before.body.id}`)).body;
    expect(seenByCoach.readerTime).toEqual({ timeZone: 'America/New_York', date: '2026-10-19', time: '02:00', offset: '-04:00' });
    expect(seenByCoach.clientTime).toEqual(before.body.clientTime);

    // The week between the changes: Riga is on winter time already, New York not yet.
    const between = await schedule(coach, { scheduledAt: '2026-10-26T09:00', durationMinutes: 45 });
    expect(between.body).toMatchObject({
      scheduledAt: '2026-10-26T07:00:00.000Z',
      clientTime: { date: '2026-10-26', time: '09:00', offset: '+02:00' },
      readerTime: { timeZone: 'America/New_York', date: '2026-10-26', time: '03:00', offset: '-04:00' },
    });
    const after = await schedule(coach, { scheduledAt: '2026-11-02T09:00', durationMinutes: 45 });
    expect(after.body.readerTime).toMatchObject({ time: '02:00', offset: '-05:00' });
    expect(after.body.clientTime).toMatchObject({ time: '09:00', offset: '+02:00' });

    // An instant with an offset is taken as it is, whoever sends it.
    const instant = await coach.post(`/api/v1/engagements/${engagementId}/sessions`, { scheduledAt: '2026-10-26T09:00:00-04:00', durationMinutes: 30 });
    expect(instant.body).toMatchObject({ scheduledAt: '2026-10-26T13:00:00.000Z', clientTime: { time: '15:00' }, readerTime: { time: '09:00' } });

    const list = (await client.get(`/api/v1/engagements/${engagementId}/sessions`)).body.items;
    expect(list.map((session: { scheduledAt: string }) => session.scheduledAt)).toEqual([
      '2026-11-02T07:00:00.000Z',
      '2026-10-26T13:00:00.000Z',
      '2026-10-26T07:00:00.000Z',
      '2026-10-19T06:00:00.000Z',
    ]);
    expect(list[0].readerTime).toMatchObject({ timeZone: 'Europe/Riga', time: '09:00' });
    expect(list[0]).not.toHaveProperty('agenda');
  });

  it('refuses a bad session by field and changes nothing', async () => {
    const count = async () => (await client.get(`/api/v1/engagements/${engagementId}/sessions`)).body.items.length;
    const before = await count();
    const impossible = await schedule(client, { scheduledAt: '2026-02-30T09:00', durationMinutes: 60 });
    expect(impossible.status).toBe(400);
    expect(impossible.body.errors).toEqual([expect.objectContaining({ path: 'scheduledAt' })]);
    const tooLong = await schedule(client, { scheduledAt: '2026-10-30T09:00', durationMinutes: 6000 });
    expect(tooLong.body.errors).toEqual([expect.objectContaining({ path: 'durationMinutes' })]);
    const other = await inviteClient(server, coach, 'Other Client');
    const foreignGoal = (await other.client.post(`/api/v1/engagements/${other.engagementId}/goals`, { title: 'Not yours', horizon: 'month' })).body.id;
    const wrongGoal = await schedule(client, { scheduledAt: '2026-10-30T09:00', durationMinutes: 60, goalIds: [foreignGoal] });
    expect(wrongGoal.status).toBe(400);
    expect(wrongGoal.body.errors).toEqual([expect.objectContaining({ path: 'goalIds.0', code: 'unknown_goal' })]);
    expect(await count()).toBe(before);
  });

  it('keeps shared notes with who changed them last, and answers 409 instead of overwriting a concurrent edit', async () => {
    const session = (await schedule(coach, { scheduledAt: '2026-10-21T09:00', durationMinutes: 60 })).body;
    clock.advanceMinutes(5);
    const clientEdit = await client.patch(`/api/v1/sessions/${session.id}`, { sharedNotes: 'We talked about the offsite.', version: session.version });
    expect(clientEdit.status).toBe(200);
    expect(clientEdit.body).toMatchObject({
      sharedNotes: 'We talked about the offsite.',
      version: session.version + 1,
      sharedNotesUpdatedBy: { name: 'Client Kalniņa' },
      sharedNotesUpdatedAt: clock().toISOString(),
    });
    // The coach still edits what they loaded before the client's change.
    const coachEdit = await coach.patch(`/api/v1/sessions/${session.id}`, { sharedNotes: 'Offsite agenda.', version: session.version });
    expect(coachEdit.status).toBe(409);
    expect(coachEdit.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(coachEdit.body).toMatchObject({ code: 'stale_version', currentVersion: session.version + 1 });
    expect((await coach.get(`/api/v1/sessions/${session.id}`)).body.sharedNotes).toBe('We talked about the offsite.');

    const merged = await coach.patch(`/api/v1/sessions/${session.id}`, { sharedNotes: 'We talked about the offsite. Next: budget.', version: coachEdit.body.currentVersion });
    expect(merged.body).toMatchObject({ version: session.version + 2, sharedNotesUpdatedBy: { name: 'Coach Carter' } });
    // Without a version the change is taken as it comes; a status alone leaves the notes' author be.
    const unversioned = await client.patch(`/api/v1/sessions/${session.id}`, { sharedNotes: 'Budget agreed.' });
    expect(unversioned.body.sharedNotes).toBe('Budget agreed.');
    const held = await coach.patch(`/api/v1/sessions/${session.id}`, { status: 'held' });
    expect(held.body).toMatchObject({ status: 'held', sharedNotesUpdatedBy: { name: 'Client Kalniņa' } });
    const cancelled = await coach.patch(`/api/v1/sessions/${session.id}`, { status: 'cancelled' });
    expect(cancelled.body).toMatchObject({ status: 409, code: 'invalid_transition', currentState: 'held' });
  });

  it('keeps a cancelled session as it was: notes, time and goals wait until the one who cancelled puts it back', async () => {
    const session = (await schedule(coach, { scheduledAt: '2026-10-23T09:00', durationMinutes: 60 })).body;
    await client.patch(`/api/v1/sessions/${session.id}`, { sharedNotes: 'Bring the budget.' });
    const cancelled = (await coach.patch(`/api/v1/sessions/${session.id}`, { status: 'cancelled' })).body;

    for (const [by, change] of [
      [client, { sharedNotes: 'Why was it cancelled?' }],
      [coach, { sharedNotes: 'Cancelled: travel.', version: cancelled.version }],
      [coach, { scheduledAt: '2026-10-24T09:00', durationMinutes: 30 }],
    ] as const) {
      const refused = await by.patch(`/api/v1/sessions/${session.id}`, change);
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: 'invalid_transition', currentState: 'cancelled' });
      expect(refused.body.errors.map((error: { path: string; code: string }) => [error.path, error.code])).toEqual(
        Object.keys(change)
          .filter((key) => key !== 'version')
          .map((key) => [key, 'cancelled_session']),
      );
    }
    expect((await client.get(`/api/v1/sessions/${session.id}`)).body).toMatchObject({
      status: 'cancelled',
      sharedNotes: 'Bring the budget.',
      scheduledAt: session.scheduledAt,
      durationMinutes: 60,
      version: cancelled.version,
    });

    // Putting it back and changing it in one request is the canceller's to do.
    const back = await coach.patch(`/api/v1/sessions/${session.id}`, { status: 'planned', sharedNotes: 'On again. Bring the budget.' });
    expect(back.body).toMatchObject({ status: 'planned', sharedNotes: 'On again. Bring the budget.' });
  });

  it('lets both sides add agenda items and put them in order', async () => {
    const session = (await schedule(coach, { scheduledAt: '2026-10-22T09:00', durationMinutes: 60 })).body;
    const first = await client.post(`/api/v1/sessions/${session.id}/agenda-items`, { text: 'Feedback from my manager' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ text: 'Feedback from my manager', position: 0, carriedFrom: null, createdBy: { name: 'Client Kalniņa' } });
    const second = (await coach.post(`/api/v1/sessions/${session.id}/agenda-items`, { text: 'Energy levels' })).body;
    const third = (await client.post(`/api/v1/sessions/${session.id}/agenda-items`, { text: 'Next steps' })).body;
    expect([second.position, third.position]).toEqual([1, 2]);

    const reordered = await coach.request('PUT', `/api/v1/sessions/${session.id}/agenda-items/order`, { itemIds: [third.id, first.body.id, second.id] });
    expect(reordered.status).toBe(200);
    expect(reordered.body.items.map((item: AgendaItem) => item.text)).toEqual(['Next steps', 'Feedback from my manager', 'Energy levels']);
    expect((await client.get(`/api/v1/sessions/${session.id}`)).body.agenda.map((item: AgendaItem) => [item.position, item.text])).toEqual([
      [0, 'Next steps'],
      [1, 'Feedback from my manager'],
      [2, 'Energy levels'],
    ]);
    // An order that leaves out an item (added meanwhile) is a conflict; an unknown id is a bad field.
    const partial = await client.request('PUT', `/api/v1/sessions/${session.id}/agenda-items/order`, { itemIds: [first.body.id, second.id] });
    expect(partial.body).toMatchObject({ status: 409, code: 'conflict' });
    const unknown = await client.request('PUT', `/api/v1/sessions/${session.id}/agenda-items/order`, { itemIds: [third.id, first.body.id, session.id] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ path: 'itemIds.2', code: 'unknown_item' })]);
  });
});

describe.each(ENGINES)('what a new session carries over on %s', (engine) => {
  // A goal becomes active on 1 July; its first review falls due 90 days later, on 29 September.
  const clock = fixedClock('2026-07-01T08:00:00Z');
  let server: TestServer;
  let coach: Browser;
  let client: Browser;
  let coachEmail: string;
  let clientEmail: string;
  let engagementId: string;
  let reviewedGoal: string;
  let lateGoal: string;

  beforeAll(async () => {
    server = await startTestServer(engine, { clock });
    ({ browser: coach, email: coachEmail } = await signUpCoach(server));
    ({ client, email: clientEmail, engagementId } = await inviteClient(server, coach));
    reviewedGoal = await activateGoal({ coach, client }, engagementId, { title: 'Lead the product team', horizon: 'year', startsOn: '2026-07-01', dueOn: '2027-06-30' });
    lateGoal = await activateGoal({ coach, client }, engagementId, { title: 'Deliver 5 talks', horizon: 'month', startsOn: '2026-07-01', dueOn: '2026-07-31' });
    // Nearly three months later: sign in again, as anyone would. The year goal is on its plan line.
    clock.set('2026-09-24T08:00:00Z');
    await coach.post('/api/v1/auth/login', { email: coachEmail, password: PASSWORD });
    await client.post('/api/v1/auth/login', { email: clientEmail, password: PASSWORD });
    const metric = (await client.post(`/api/v1/goals/${reviewedGoal}/metrics`, { name: 'Team health', kind: 'number', baseline: 0, baselineOn: '2026-07-01', target: 100 })).body;
    await client.post(`/api/v1/goals/${reviewedGoal}/check-ins`, { kind: 'metric', effectiveOn: '2026-09-23', confidence: 8, values: [{ metricId: metric.id, value: 25 }] });
  });
  afterAll(() => server?.close());

  const schedule = async (scheduledAt: string) => {
    const response = await coach.post(`/api/v1/engagements/${engagementId}/sessions`, { scheduledAt, durationMinutes: 60 });
    expect(response.status).toBe(201);
    return response.body as { id: string; agenda: AgendaItem[] };
  };
  const carried = (agenda: AgendaItem[]) => agenda.map((item) => [item.carriedFrom?.kind, item.carriedFrom?.id]);

  it('follows up open commitments session after session until they are done, with goals at risk and reviews due', async () => {
    const first = await schedule('2026-09-24T09:00');
    // Nothing was committed yet; the late goal is at risk, and both goals' reviews fall due within a week.
    expect(carried(first.agenda)).toEqual([
      ['goal_at_risk', lateGoal],
      ['review_due', reviewedGoal],
      ['review_due', lateGoal],
    ]);
    // A goal's risk is told as it stood on the day it was carried: read later, its numbers are those of that day.
    expect(first.agenda[0]?.text).toMatch(/^On 24 Sept? 2026, “Deliver 5 talks” was at risk\. Due 55 days ago and not yet achieved\./);
    expect(first.agenda[1]).toMatchObject({ text: expect.stringMatching(/^Review “Lead the product team”: due 29 Sept? 2026\.$/), goalId: reviewedGoal, carriedFrom: { label: 'Carried over: review due' } });

    const draftTalk = (await client.post(`/api/v1/sessions/${first.id}/commitments`, { text: 'Draft the first talk', goalId: lateGoal, dueOn: '2026-09-30' })).body;
    const callMentor = (await client.post(`/api/v1/sessions/${first.id}/commitments`, { text: 'Call a mentor' })).body;
    const sendArticle = (await coach.post(`/api/v1/sessions/${first.id}/commitments`, { text: 'Send the article on delegation', owner: 'coach', dueOn: '2026-09-25' })).body;
    await coach.patch(`/api/v1/sessions/${first.id}`, { status: 'held' });
    expect((await client.get(`/api/v1/sessions/${first.id}`)).body.commitments.map((c: { text: string }) => c.text)).toEqual([
      'Draft the first talk',
      'Call a mentor',
      'Send the article on delegation',
    ]);

    clock.set('2026-10-01T08:00:00Z');
    const second = await schedule('2026-10-01T09:00');
    // Open commitments first, the earliest due first and the undated last; each keeps its own words.
    expect(carried(second.agenda).filter(([kind]) => kind === 'commitment')).toEqual([
      ['commitment', sendArticle.id],
      ['commitment', draftTalk.id],
      ['commitment', callMentor.id],
    ]);
    expect(second.agenda[0]).toMatchObject({ text: 'Send the article on delegation', position: 0, carriedFrom: { label: 'Carried over: open commitment' } });
    expect(second.agenda[1]?.goalId).toBe(lateGoal);

    // Followed up in the second session: two done, one still open.
    await client.patch(`/api/v1/commitments/${draftTalk.id}`, { status: 'done', outcome: 'Drafted, shared with the team', sessionId: second.id });
    await coach.patch(`/api/v1/commitments/${sendArticle.id}`, { status: 'done', sessionId: second.id });
    const stillOpen = await client.patch(`/api/v1/commitments/${callMentor.id}`, { outcome: 'Not yet: the mentor was away', sessionId: second.id });
    expect(stillOpen.body).toMatchObject({ status: 'open', followUp: { sessionId: second.id, outcome: 'Not yet: the mentor was away' } });

    clock.set('2026-10-08T08:00:00Z');
    const third = await schedule('2026-10-08T09:00');
    expect(carried(third.agenda).filter(([kind]) => kind === 'commitment')).toEqual([['commitment', callMentor.id]]);

    // The same agenda in Latvian for a reader who reads Tandem in Latvian; typed words stay as typed.
    await client.patch('/api/v1/me', { locale: 'lv' });
    const latvian = (await client.get(`/api/v1/sessions/${third.id}`)).body.agenda as AgendaItem[];
    expect(latvian[0]).toMatchObject({ text: 'Call a mentor', carriedFrom: { label: 'Pārnests: neizpildītas saistības' } });
    expect(latvian.find((item) => item.carriedFrom?.kind === 'goal_at_risk')?.text).toMatch(/^Stāvoklis 2026\. gada 8\. okt\.: mērķis „Deliver 5 talks” bija apdraudēts\. Termiņš ir pagājis/);
    expect(latvian.find((item) => item.carriedFrom?.kind === 'review_due')?.text).toMatch(/^Mērķa „Lead the product team” pārskatīšana: termiņš 2026\. gada 29\. sept/);
    await client.patch('/api/v1/me', { locale: 'en' });
  });

  it('records a session that took place as held, with an empty agenda, and follows up what was committed in it at the next one', async () => {
    const list = async () => (await client.get(`/api/v1/engagements/${engagementId}/sessions`)).body.items as { id: string; status: string }[];
    const before = await list();
    // Today is 8 October; the coach writes up Tuesday's session (6 October, 09:00 in Riga).
    const recorded = await coach.post(`/api/v1/engagements/${engagementId}/sessions`, { scheduledAt: '2026-10-06T09:00', durationMinutes: 45, status: 'held' });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ scheduledAt: '2026-10-06T06:00:00.000Z', status: 'held', agenda: [] });
    const committed = (await client.post(`/api/v1/sessions/${recorded.body.id}/commitments`, { text: 'Book the venue', dueOn: '2026-10-20' })).body;
    await client.post(`/api/v1/sessions/${recorded.body.id}/agenda-items`, { text: 'What we talked about: the venue' });
    expect((await client.get(`/api/v1/sessions/${recorded.body.id}`)).body.agenda.map((item: AgendaItem) => item.text)).toEqual(['What we talked about: the venue']);

    // A session that has not begun yet cannot have been held; nothing is recorded.
    const ahead = await coach.post(`/api/v1/engagements/${engagementId}/sessions`, { scheduledAt: '2026-10-08T12:00', durationMinutes: 45, status: 'held' });
    expect(ahead.status).toBe(400);
    expect(ahead.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(ahead.body.errors).toEqual([expect.objectContaining({ path: 'status', code: 'session_not_begun' })]);
    const cancelled = await coach.post(`/api/v1/engagements/${engagementId}/sessions`, { scheduledAt: '2026-10-06T09:00', durationMinutes: 45, status: 'cancelled' });
    expect(cancelled.status).toBe(400);
    expect(cancelled.body.errors).toEqual([expect.objectContaining({ path: 'status' })]);
    const after = await list();
    expect(after.map((session) => session.id)).toEqual(expect.arrayContaining([...before.map((session) => session.id), recorded.body.id]));
    expect(after).toHaveLength(before.length + 1);

    // The session already planned for this morning takes it onto its agenda at once.
    const planned = before.find((session) => session.status === 'planned');
    const plannedAgenda = (await coach.get(`/api/v1/sessions/${planned?.id}`)).body.agenda as AgendaItem[];
    expect(plannedAgenda.at(-1)).toMatchObject({ text: 'Book the venue', carriedFrom: { kind: 'commitment', id: committed.id, commitmentStatus: 'open' } });
    // The mentor was called after all, as the recorded session says: the planned agenda shows it done.
    const mentorItem = plannedAgenda.find((item) => item.carriedFrom?.kind === 'commitment' && item.carriedFrom.id !== committed.id);
    const mentor = mentorItem?.carriedFrom?.id ?? '';
    expect((await coach.patch(`/api/v1/commitments/${mentor}`, { status: 'done', sessionId: recorded.body.id })).status).toBe(200);
    const settled = (await client.get(`/api/v1/sessions/${planned?.id}`)).body.agenda as (AgendaItem & { carriedFrom: { commitmentStatus: string | null } | null })[];
    expect(settled.find((item) => item.carriedFrom?.id === mentor)?.carriedFrom?.commitmentStatus).toBe('done');
    expect(settled.filter((item) => item.carriedFrom?.kind !== 'commitment').every((item) => item.carriedFrom === null || item.carriedFrom.commitmentStatus === null)).toBe(true);

    // The next planned session follows up what was committed in the recorded one.
    const next = await schedule('2026-10-15T09:00');
    expect(carried(next.agenda).filter(([kind]) => kind === 'commitment')).toEqual([['commitment', committed.id]]);
  });
});
