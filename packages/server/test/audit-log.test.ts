import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, ENGINES, type ApiResponse, fixedClock, inviteClient, joinAsCoach, PASSWORD, signUpCoach, startTestServer, type TestServer, uniqueEmail } from './support.ts';

type Event = { action: string; actor: { name: string; email: string } | null; subjectType: string; subjectId: string | null; subjectName: string | null; details: Record<string, unknown>; at: string };

type Page = { items: (Event & { id: string })[]; nextCursor: string | null };

/** Every event of the reader's log passing the filter in `query`, `limit` a page, sending the filter with each cursor. */
async function everyEvent(reader: Browser, query: string, limit: number): Promise<Page['items']> {
  const events: Page['items'] = [];
  let before: string | null = null;
  do {
    const page: ApiResponse<Page> = await reader.get(`/api/v1/audit-events?limit=${limit}&${query}${before ? `&before=${before}` : ''}`);
    expect(page.status, `${query}: ${JSON.stringify(page.body)}`).toBe(200);
    events.push(...page.body.items);
    before = page.body.nextCursor;
  } while (before);
  return events;
}

describe.each(ENGINES)('audit log on %s', (engine) => {
  const clock = fixedClock('2026-03-10T09:00:00Z');
  let server: TestServer;
  let owner: Browser;
  let ownerEmail: string;
  let coach: Browser;
  let client: Browser;
  let clientEmail: string;
  let other: Browser;
  let otherEmail: string;
  let engagementId: string;
  let goalId: string;
  let entryId: string;

  /** A coach who signed up elsewhere joins the practice as a coach (there is no API for that yet). */
  async function joinAsCoach(practiceId: string) {
    const joined = await signUpCoach(server, { name: 'Carla Coach', practiceName: 'Old practice' });
    await server.db.query(`UPDATE memberships SET practice_id = $1, role = 'coach' WHERE user_id = $2`, [practiceId, joined.me.user.id]);
    await server.db.query('UPDATE auth_sessions SET practice_id = $1 WHERE user_id = $2', [practiceId, joined.me.user.id]);
    return joined.browser;
  }

  const allEvents = (browser: Browser) => everyEvent(browser, '', 3);

  beforeAll(async () => {
    server = await startTestServer(engine, { clock });
    const founder = await signUpCoach(server, { name: 'Olga Owner', practiceName: 'Riga Coaching' });
    owner = founder.browser;
    ownerEmail = founder.email;
    coach = await joinAsCoach(founder.me.practice.id);
    const elsewhere = await signUpCoach(server, { name: 'Elsa Elsewhere', practiceName: 'Elsewhere' });
    other = elsewhere.browser;
    otherEmail = elsewhere.email;
    const joined = await inviteClient(server, owner, 'Kārlis Client');
    client = joined.client;
    clientEmail = joined.email;
    engagementId = joined.engagementId;

    clock.advanceMinutes(1);
    const draft = (await client.post(`/api/v1/engagements/${engagementId}/goals`, { title: 'Deliver 5 talks', horizon: 'quarter' })).body;
    await client.post(`/api/v1/goals/${draft.id}/agreements`, { revisionId: draft.pendingRevision.id, decision: 'agree' });
    await owner.post(`/api/v1/goals/${draft.id}/agreements`, { revisionId: draft.pendingRevision.id, decision: 'agree' });
    goalId = draft.id;
    clock.advanceMinutes(1);
    entryId = (await client.post(`/api/v1/engagements/${engagementId}/journal`, { body: 'A private thought about work' })).body.id;
    await client.post(`/api/v1/journal/${entryId}/share`);
    clock.advanceMinutes(1);
    await client.request('DELETE', `/api/v1/journal/${entryId}/share`);
    clock.advanceMinutes(1);
    await new Browser(server.url).post('/api/v1/auth/login', { email: clientEmail, password: 'not the password' });
    clock.advanceMinutes(1);
    await new Browser(server.url).post('/api/v1/auth/login', { email: clientEmail, password: PASSWORD });
    clock.advanceMinutes(1);
    await client.post('/api/v1/me/password', { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' });
    // In the other practice: none of it may show in Riga Coaching's log.
    await other.post('/api/v1/auth/logout-everywhere');
  });
  afterAll(() => server?.close());

  it('lists sign-ins, failures, agreements, shares and security changes for the owner, newest first', async () => {
    const events = await allEvents(owner);
    const actions = events.map((event) => event.action);
    expect(actions.slice(0, 5)).toEqual(['password_changed', 'signed_in', 'sign_in_failed', 'journal_entry_unshared', 'journal_entry_shared']);
    expect(actions).toEqual(expect.arrayContaining(['goal_agreed', 'client_invited', 'invitation_accepted', 'signed_up']));
    expect(actions.filter((action) => action === 'goal_agreed')).toHaveLength(2);
    const failed = events.find((event) => event.action === 'sign_in_failed');
    expect(failed).toMatchObject({ actor: { name: 'Kārlis Client', email: clientEmail }, details: { failed: 'password' } });
    const agreed = events.find((event) => event.action === 'goal_agreed');
    expect(agreed).toMatchObject({ subjectType: 'goal', subjectId: goalId, details: { engagementId } });
    expect(events.find((event) => event.action === 'journal_entry_shared')).toMatchObject({ subjectId: entryId, details: { engagementId } });
    // What each is about is named for the owner: the client of a goal or an entry, never its words.
    const about = (action: string) => events.find((event) => event.action === action)?.subjectName;
    expect([about('goal_agreed'), about('journal_entry_shared'), about('client_invited'), about('signed_up'), about('password_changed')]).toEqual([
      'Kārlis Client',
      'Kārlis Client',
      'Kārlis Client',
      'Riga Coaching',
      'Kārlis Client',
    ]);
    expect(JSON.stringify(events)).not.toContain('Deliver 5 talks');
    const times = events.map((event) => event.at);
    expect([...times].sort().reverse()).toEqual(times);
    // The words of a journal entry never reach the log.
    expect(JSON.stringify(events)).not.toContain('private thought');
  });

  it('pages with a cursor without losing or repeating an event', async () => {
    const all = (await owner.get('/api/v1/audit-events?limit=200')).body.items as { id: string }[];
    const paged = await allEvents(owner);
    expect(paged.map((event) => (event as unknown as { id: string }).id)).toEqual(all.map((event) => event.id));
  });

  it('never shows another practice\'s events, and shows them to their own owner', async () => {
    const ours = await allEvents(owner);
    expect(ours.some((event) => event.actor?.name === 'Elsa Elsewhere')).toBe(false);
    expect(ours.some((event) => event.action === 'signed_out_everywhere')).toBe(false);
    // Elsa signed out everywhere: she signs in again and reads her own practice's log, and only that.
    expect((await other.get('/api/v1/audit-events')).status).toBe(401);
    const elsa = new Browser(server.url);
    await elsa.post('/api/v1/auth/login', { email: otherEmail, password: PASSWORD });
    const theirs = (await allEvents(elsa)).map((event) => `${event.action} by ${event.actor?.email}`);
    expect(theirs.sort()).toEqual([`signed_in by ${otherEmail}`, `signed_out_everywhere by ${otherEmail}`, `signed_up by ${otherEmail}`]);
    expect(ours.some((event) => event.actor?.email === ownerEmail)).toBe(true);
  });

  it('refuses coaches and clients (403) and strangers (401)', async () => {
    expect((await coach.get('/api/v1/audit-events')).status).toBe(403);
    expect((await client.get('/api/v1/audit-events')).status).toBe(403);
    expect((await new Browser(server.url).get('/api/v1/audit-events')).status).toBe(401);
  });

  it('names a bad limit or cursor', async () => {
    const badLimit = await owner.get('/api/v1/audit-events?limit=0');
    expect(badLimit.status).toBe(400);
    expect(badLimit.body.errors).toEqual([expect.objectContaining({ path: 'limit' })]);
    const badCursor = await owner.get('/api/v1/audit-events?before=nonsense');
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.errors).toEqual([expect.objectContaining({ path: 'before' })]);
  });
});

describe.each(ENGINES)('audit log filters on %s', (engine) => {
  // Riga is two hours ahead of UTC in March (until the 29th): 21:30 UTC on the 9th is still the
  // 9th there, 22:30 UTC is already the 10th.
  const clock = fixedClock('2026-03-09T08:00:00Z');
  let server: TestServer;
  let owner: Browser;
  let ownerId: string;
  let client: Browser;
  let clientId: string;
  let clientEmail: string;
  let coach: Browser;

  const described = (events: Event[]) => events.map((event) => `${event.action} by ${event.actor?.name ?? 'nobody'}`);

  const filtered = (query: string, limit = 50) => everyEvent(owner, query, limit);

  beforeAll(async () => {
    server = await startTestServer(engine, { clock });
    owner = new Browser(server.url);
    const signedUp = await owner.post('/api/v1/auth/signup', {
      name: 'Olga Owner',
      email: uniqueEmail('owner'),
      password: PASSWORD,
      practiceName: 'Riga Coaching',
      timeZone: 'Europe/Riga',
    });
    ownerId = signedUp.body.user.id;
    clock.set('2026-03-09T08:10:00Z');
    clientEmail = uniqueEmail('client');
    const invited = await owner.post('/api/v1/engagements', { clientName: 'Kārlis Client', clientEmail });
    clock.set('2026-03-09T08:20:00Z');
    client = new Browser(server.url);
    const accepted = await client.post(`/api/v1/invitations/${String(invited.body.inviteUrl).split('/').pop()}/accept`, { name: 'Kārlis Client', password: PASSWORD });
    clientId = accepted.body.user.id;
    const engagementId = invited.body.id as string;
    // A coach of the practice who does nothing in it: not among the actors, and refused the log.
    coach = (await joinAsCoach(server, signedUp.body.practice.id, 'Carla Coach')).browser;

    clock.set('2026-03-09T21:30:00Z');
    await new Browser(server.url).post('/api/v1/auth/login', { email: clientEmail, password: PASSWORD });
    clock.set('2026-03-09T22:30:00Z');
    const draft = (await client.post(`/api/v1/engagements/${engagementId}/goals`, { title: 'Deliver 5 talks', horizon: 'quarter' })).body;
    await client.post(`/api/v1/goals/${draft.id}/agreements`, { revisionId: draft.pendingRevision.id, decision: 'agree' });
    clock.set('2026-03-10T09:00:00Z');
    await owner.post(`/api/v1/goals/${draft.id}/agreements`, { revisionId: draft.pendingRevision.id, decision: 'agree' });
    clock.set('2026-03-10T09:10:00Z');
    const entryId = (await client.post(`/api/v1/engagements/${engagementId}/journal`, { body: 'A thought' })).body.id;
    await client.post(`/api/v1/journal/${entryId}/share`);
    clock.set('2026-03-10T09:20:00Z');
    await owner.post('/api/v1/auth/login', { email: signedUp.body.user.email, password: PASSWORD });
    clock.set('2026-03-11T10:00:00Z');
    await new Browser(server.url).post('/api/v1/auth/login', { email: clientEmail, password: 'not the password' });
    clock.set('2026-03-11T10:05:00Z');
    expect((await owner.get(`/api/v1/engagements/${engagementId}/export`)).status).toBe(200);
    clock.set('2026-03-11T10:10:00Z');
    await client.post('/api/v1/me/password', { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' });
  });
  afterAll(() => server?.close());

  it('narrows to a kind of event, every action of it and nothing else', async () => {
    expect(described(await filtered('category=sign_ins'))).toEqual([
      'sign_in_failed by Kārlis Client',
      'signed_in by Olga Owner',
      'signed_in by Kārlis Client',
      'signed_up by Olga Owner',
    ]);
    expect(described(await filtered('category=agreements'))).toEqual(['goal_agreed by Olga Owner', 'goal_agreed by Kārlis Client']);
    expect(described(await filtered('category=people'))).toEqual(['invitation_accepted by Kārlis Client', 'client_invited by Olga Owner']);
    expect(described(await filtered('category=sharing'))).toEqual(['journal_entry_shared by Kārlis Client']);
    expect(described(await filtered('category=exports'))).toEqual(['export.engagement by Olga Owner']);
    expect(described(await filtered('category=account_security'))).toEqual(['password_changed by Kārlis Client']);
    // The kinds together are the whole log.
    const kinds = ['sign_ins', 'agreements', 'people', 'sharing', 'exports', 'account_security'];
    const counted = (await Promise.all(kinds.map((kind) => filtered(`category=${kind}`)))).reduce((sum, events) => sum + events.length, 0);
    expect(counted).toBe((await filtered('')).length);
  });

  it('narrows to one person, and to a kind of their events', async () => {
    expect(described(await filtered(`actorId=${clientId}`))).toEqual([
      'password_changed by Kārlis Client',
      'sign_in_failed by Kārlis Client',
      'journal_entry_shared by Kārlis Client',
      'goal_agreed by Kārlis Client',
      'signed_in by Kārlis Client',
      'invitation_accepted by Kārlis Client',
    ]);
    expect(described(await filtered(`actorId=${ownerId}&category=agreements`))).toEqual(['goal_agreed by Olga Owner']);
    // Someone who did nothing here, or nobody at all: nothing.
    expect(await filtered('actorId=00000000-0000-4000-8000-000000000000')).toEqual([]);
  });

  it("narrows to days of the owner's calendar, both ends included", async () => {
    // 22:30 UTC on the 9th is 00:30 on the 10th in Riga; 21:30 UTC is 23:30 on the 9th.
    expect(described(await filtered('from=2026-03-10&to=2026-03-10'))).toEqual([
      'signed_in by Olga Owner',
      'journal_entry_shared by Kārlis Client',
      'goal_agreed by Olga Owner',
      'goal_agreed by Kārlis Client',
    ]);
    expect(described(await filtered('to=2026-03-09'))).toEqual([
      'signed_in by Kārlis Client',
      'invitation_accepted by Kārlis Client',
      'client_invited by Olga Owner',
      'signed_up by Olga Owner',
    ]);
    expect(described(await filtered('from=2026-03-11'))).toEqual(['password_changed by Kārlis Client', 'export.engagement by Olga Owner', 'sign_in_failed by Kārlis Client']);
    expect(await filtered('from=2026-03-12')).toEqual([]);
    // All three filters at once.
    expect(described(await filtered(`from=2026-03-09&to=2026-03-10&category=sign_ins&actorId=${clientId}`))).toEqual(['signed_in by Kārlis Client']);
  });

  it('reads the days in the time zone the owner has now', async () => {
    expect((await owner.request('PATCH', '/api/v1/me', { timeZone: 'UTC' })).status).toBe(200);
    try {
      // In UTC both the 21:30 sign-in and the 22:30 agreement are on the 9th.
      expect(described(await filtered('from=2026-03-09&to=2026-03-09&category=sign_ins'))).toEqual(['signed_in by Kārlis Client', 'signed_up by Olga Owner']);
      expect(described(await filtered('from=2026-03-09&to=2026-03-09&category=agreements'))).toEqual(['goal_agreed by Kārlis Client']);
    } finally {
      await owner.request('PATCH', '/api/v1/me', { timeZone: 'Europe/Riga' });
    }
  });

  it('pages a filtered log with the cursor, the same filters sent again, losing and repeating nothing', async () => {
    for (const query of ['category=sign_ins', `actorId=${clientId}`, 'from=2026-03-10', `to=2026-03-10&actorId=${ownerId}`]) {
      const whole = await filtered(query);
      expect(whole.length, query).toBeGreaterThan(1);
      for (const limit of [1, 2, 3]) {
        expect((await filtered(query, limit)).map((event) => event.id), `${query}, ${limit} a page`).toEqual(whole.map((event) => event.id));
      }
    }
    // The first page of two says where to go on, and the last says it is the last.
    const first = await owner.get('/api/v1/audit-events?category=sign_ins&limit=2');
    expect(first.body.items).toHaveLength(2);
    const second = await owner.get(`/api/v1/audit-events?category=sign_ins&limit=2&before=${first.body.nextCursor}`);
    expect(described(second.body.items)).toEqual(['signed_in by Kārlis Client', 'signed_up by Olga Owner']);
    expect(second.body.nextCursor).toBeNull();
  });

  it('lists the people who did something in the log, by name, to narrow it to', async () => {
    const actors = await owner.get('/api/v1/audit-events/actors');
    expect(actors.status).toBe(200);
    expect(actors.body.items).toEqual([
      { id: clientId, name: 'Kārlis Client', email: clientEmail },
      expect.objectContaining({ id: ownerId, name: 'Olga Owner' }),
    ]);
  });

  it.each([
    ['category=logins', 'category'],
    ['category=', 'category'],
    ['actorId=olga', 'actorId'],
    ['from=2026-02-30', 'from'],
    ['from=10.03.2026', 'from'],
    ['to=yesterday', 'to'],
    ['from=1969-12-31', 'from'],
    ['to=9999-12-31', 'to'],
  ])('refuses %s, naming %s', async (query, field) => {
    const response = await owner.get(`/api/v1/audit-events?${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(response.body.errors).toEqual([expect.objectContaining({ path: field })]);
  });

  it('refuses a period that ends before it starts, naming `to`', async () => {
    const response = await owner.get('/api/v1/audit-events?from=2026-03-10&to=2026-03-09');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'validation_failed', errors: [{ path: 'to', code: 'from_after_to' }] });
    // One day is a period: from and to the same day.
    expect((await owner.get('/api/v1/audit-events?from=2026-03-10&to=2026-03-10')).status).toBe(200);
  });

  it('still refuses coaches and clients, filters or not, and the list of people too', async () => {
    for (const browser of [coach, client]) {
      expect((await browser.get(`/api/v1/audit-events?category=sign_ins&actorId=${clientId}&from=2026-03-09`)).status).toBe(403);
      expect((await browser.get('/api/v1/audit-events/actors')).status).toBe(403);
    }
    expect((await new Browser(server.url).get('/api/v1/audit-events/actors')).status).toBe(401);
  });
});
